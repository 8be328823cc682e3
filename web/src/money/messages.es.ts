/** The `money` namespace in Spanish, loaded only by a reader in Spanish; the same keys as messages.en.ts. */
export const es = {
  title: 'Dinero',
  intro:
    'Lo que entró, lo que salió, lo que cada reparto debe a cada socia y los libros que lo unen todo.',
  readOnly:
    'Las fundadoras y las socias comprometidas registran ingresos y gastos; las fundadoras registran pagos.',
  amount: 'Importe en {{currency}}',
  amountHint: 'Por ejemplo 1250,50 (sin separador de miles).',
  badAmount: 'Escribe un importe como 1250,50: cifras y como mucho dos decimales.',
  date: 'Fecha',
  income: {
    title: 'Registrar un ingreso',
    source: 'Qué tipo de dinero',
    sources: { client: 'Un pago de cliente', grant: 'Una subvención', donation: 'Una donación' },
    payer: 'Quién pagó (opcional)',
    description: 'Para qué es',
    fee: 'Comisión del banco o la plataforma, en {{currency}} (opcional)',
    submit: 'Registrar el ingreso',
    done: 'Registrado un ingreso de {{amount}}.',
  },
  expense: {
    title: 'Registrar un gasto',
    payee: 'Pagado a',
    reason: 'Por qué',
    submit: 'Registrar el gasto',
    done: 'Registrado un gasto de {{amount}}.',
  },
  payout: {
    title: 'Registrar un pago',
    intro:
      'Cuando una socia ha cobrado lo que le debe un mes cerrado, regístralo con la referencia bancaria.',
    run: 'Mes',
    member: 'Socia',
    line: '{{name}}: {{amount}}',
    reference: 'Referencia del pago (p. ej. el id de la transferencia)',
    submit: 'Registrar el pago',
    done: 'Registrado un pago de {{amount}} a {{name}}.',
    noRuns: 'Aún no se ha cerrado ningún mes, así que ningún reparto debe nada.',
    nobody: 'Este reparto no debe nada a nadie.',
  },
  close: {
    title: 'Cerrar un mes',
    intro:
      'Aplica la ecuación de valor a un mes terminado y la registra. Después, nada puede fecharse en ese mes.',
    period: 'Mes',
    submit: 'Cerrar el mes',
    done: '{{period}} está cerrado: {{paid}} para las socias.',
  },
  lists: {
    title: 'Ingresos y gastos',
    period: 'Mes',
    income: 'Ingresos',
    expenses: 'Gastos',
    noIncome:
      'No hay ingresos registrados este mes. Los ingresos son lo que pagaron a la DisCO clientes, subvenciones y donaciones; al cerrar el mes, la ecuación de valor los reparte.',
    noExpenses:
      'No hay gastos registrados este mes. Los gastos son lo que pagó la DisCO, y se descuentan de los ingresos antes de repartir nada.',
    from: 'de {{payer}}',
  },
  books: {
    title: 'Los libros',
    intro:
      'Contabilidad por partida doble: cada movimiento de dinero es un cargo y un abono iguales, así que el balance de comprobación siempre es cero.',
    account: 'Cuenta',
    debit: 'Debe',
    credit: 'Haber',
    balance: 'Saldo',
    trial: 'Balance de comprobación: {{amount}}',
    scrollCue: 'Desplázate de lado para ver todas las columnas.',
    period: 'Mes (vacío para todo el tiempo)',
    names: {
      bank: 'Banco',
      fees: 'Comisiones',
      expenses: 'Gastos',
      distribution: 'Entregado a la ecuación de valor',
      income: 'Ingresos: {{source}}',
      bucket: 'Fondo: {{name}}',
      payable: 'Se debe a {{name}}',
    },
    empty:
      'No hay nada en los libros este mes. Los libros se llenan solos a medida que se registran ingresos, gastos y pagos.',
  },
};
