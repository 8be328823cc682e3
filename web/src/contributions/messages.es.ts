/** The `contributions` namespace in Spanish, loaded only by a reader in Spanish; the same keys as messages.en.ts. */
export const es = {
  title: 'Contribución',
  summary: '{{stream}} · {{taskKind}} · {{quantity}} {{unit}} el {{date}}, de {{member}}',
  credit: '{{amount}} créditos',
  circle: 'Círculo',
  description: 'Descripción',
  supersedes: 'Corrige una versión anterior.',
  supersededNote: 'Una versión posterior la sustituyó: sigue en el libro pero ya no cuenta.',
  disputeNote: 'Disputada por {{member}}: «{{reason}}»',
  history: {
    title: 'Historial de validación',
    none: 'Nadie la ha validado ni disputado todavía.',
    logged: 'Registrada por {{member}}',
    acknowledged: 'Reconocida por {{member}}',
    disputed: 'Disputada por {{member}}',
    withdrawn: 'Disputa retirada por {{member}}',
    resolved: 'Disputa resuelta por una decisión',
  },
  edit: {
    title: 'Corregir tu contribución',
    intro:
      'La corrección es una versión nueva, valorada de nuevo y otra vez pendiente de validación; esta sigue en el libro.',
    quantity: 'Cantidad',
    date: 'Fecha',
    description: 'Descripción',
    submit: 'Guardar la corrección',
    done: 'Corregida: la nueva versión espera validación.',
    open: 'Abrir la nueva versión',
  },
  withdraw: {
    title: 'Tu disputa',
    intro:
      'Retírala cuando la cuestión esté resuelta: el trabajo vuelve a contar según sus reconocimientos.',
    submit: 'Retirar mi disputa',
    done: 'Tu disputa está retirada.',
  },
  resolve: {
    title: 'Resolver la disputa con una decisión',
    intro:
      'Una disputa se resuelve con una propuesta cerrada y aprobada. Su autora, quien custodia su círculo o una persona fundadora registra aquí su efecto.',
    proposal: 'La decisión (una propuesta aprobada)',
    none: 'Todavía no se ha aprobado ninguna propuesta. Inicia una que resuelva esta disputa y vuelve cuando se apruebe.',
    start: 'Iniciar una propuesta',
    outcome: 'Qué se decidió',
    upheld: 'La disputa tenía razón: la contribución queda anulada',
    dismissed: 'La disputa se desestima: la contribución cuenta',
    submit: 'Registrar la decisión',
    done: 'La decisión está registrada.',
  },
  back: 'Volver a Registrar trabajo',
};
