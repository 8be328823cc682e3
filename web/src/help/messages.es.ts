/** The `help` namespace in Spanish, loaded only by a reader in Spanish; the same keys as messages.en.ts. */
export const es = {
  nav: { guide: 'Guía', glossary: 'Glosario' },
  explain: '(¿qué es esto?)',
  more: 'Más en el glosario',
  guide: {
    title: 'Te damos la bienvenida al Deck',
    intro:
      'El Deck es donde los miembros de esta DisCO registran su trabajo, deciden juntos y ven adónde va el valor. Lo que conviene saber primero:',
    steps: {
      log: {
        title: 'Registra tu trabajo',
        text: 'Registra lo que hiciste en una de tres corrientes: sustento (trabajo remunerado), amor (trabajo voluntario para los comunes) o cuidados (el trabajo que mantiene vivo el colectivo). Se convierte en créditos en cuanto otro miembro lo valida.',
        link: 'Registrar trabajo',
      },
      validate: {
        title: 'Valida el trabajo de los demás',
        text: 'El trabajo que registran otros te espera en la misma página: valídalo, o impúgnalo explicando por qué.',
        link: 'Trabajo que me espera',
      },
      decide: {
        title: 'Decide con los demás',
        text: 'Las propuestas las votan los colectivos a los que afectan, cada una con su método, como el consentimiento, en el que una objeción debe resolverse antes de que la propuesta se apruebe.',
        link: 'Propuestas',
      },
      money: {
        title: 'Mira adónde va el dinero',
        text: 'Los ingresos pasan por los fondos y las bolsas del CAT, las reglas que acordaron los miembros, y pagan los créditos que se deben a cada miembro. Cualquiera puede comprobar cada paso.',
        link: 'Reparto',
      },
      words: {
        title: 'Consulta una palabra',
        text: 'Una palabra subrayada con puntos, como Gini, muestra su significado. El glosario las reúne todas.',
        link: 'Glosario',
      },
    },
    dismiss: 'Entendido, ocultar la guía',
    again: 'Puedes volver a abrir esta guía desde el menú (Guía).',
  },
  glossary: {
    title: 'Glosario',
    intro:
      'Las palabras de una DisCO, tal como las usa este Deck. Una DisCO (Organización Cooperativa Distribuida) es una cooperativa gestionada por quienes trabajan en ella, que pone los cuidados en el centro y reparte el poder entre todas las partes implicadas.',
  },
  terms: {
    livelihood: {
      name: 'Sustento',
      short:
        'Trabajo remunerado para clientes o proyectos financiados: el trabajo de mercado que trae ingresos.',
      long: 'El trabajo de sustento se registra en horas o unidades y gana créditos según la tarifa de su tipo de tarea. Al repartir los ingresos, sus créditos se pagan con la bolsa de sustento.',
    },
    love: {
      name: 'Amor (voluntario)',
      short:
        'Trabajo que el colectivo decide hacer gratis porque crea comunes, como traducir artículos con licencia abierta.',
      long: 'El trabajo por amor gana créditos como cualquier otro; un miembro comprometido puede tener un compromiso de trabajo por amor cada trimestre. Cuando un cliente paga más que el precio base, el excedente financia créditos de amor.',
    },
    care: {
      name: 'Cuidados',
      short:
        'El trabajo que mantiene vivo el colectivo: reuniones, mentoría, contabilidad, acogida, apoyo emocional.',
      long: 'Los cuidados son el centro de una DisCO, y el Deck muestra quién los hace. Los cuidados realizados durante el cortejo se guardan como créditos históricos y solo se pagan cuando el cortejo termina.',
    },
    credits: {
      name: 'Créditos',
      short:
        'Lo que vale dentro de la DisCO el trabajo registrado: un crédito es una unidad de su moneda.',
      long: 'Los créditos se calculan con la tarifa vigente el día del trabajo y quedan fijados al registrarlo. Un crédito ganado se debe hasta que se paga, empezando por los más antiguos; cuenta en cuanto otro miembro ha validado el trabajo.',
    },
    validation: {
      name: 'Validación',
      short:
        'Otro miembro confirma el trabajo que registraste; solo entonces cuentan sus créditos.',
      long: 'Cualquier miembro trabajador puede validar el trabajo que registró otra persona, o impugnarlo explicando por qué. Una impugnación la resuelven los miembros, y no se borra nada: el registro guarda toda la historia.',
    },
    dating: {
      name: 'El cortejo y sus etapas',
      short:
        'Cómo un nuevo miembro trabajador y la DisCO se van conociendo, normalmente nueve meses en tres etapas, con una persona mentora.',
      long: 'Quienes están en cortejo votan, pero sus votos no son vinculantes en las etapas 1 y 2. En la DisCO de referencia, la etapa 1 no tiene trabajo remunerado, la etapa 2 paga el 50 % del valor en créditos del trabajo remunerado y la etapa 3 el 75 %. El cortejo termina con una decisión colectiva de compromiso.',
    },
    levels: {
      name: 'Ocasional, en cortejo, comprometido',
      short:
        'Los niveles de los miembros trabajadores: colaboradores ocasionales, personas en cortejo que van conociendo la DisCO y miembros comprometidos (de pleno derecho).',
      long: 'Quienes colaboran ocasionalmente ayudan sin compromiso y no tienen derecho a cobro. Todos los miembros comprometidos comparten los mismos derechos y las mismas reglas de retribución. Pasar de un nivel a otro es una decisión colectiva.',
    },
    circles: {
      name: 'Círculos',
      short:
        'Grupos de trabajo como sustento, amor, cuidados, tecnología o legal y finanzas, cada uno con responsables que rotan.',
      long: 'Cada trabajo pertenece a un círculo. Sus responsables cuidan de los ritmos y los miembros del círculo; el papel rota.',
    },
    constituencies: {
      name: 'Colectivos',
      short:
        'Los colectivos que tienen voz: miembros trabajadores, clientes, miembros de la comunidad, simpatizantes y cualquier otro que la DisCO defina.',
      long: 'Una persona puede pertenecer a varios. Cada propuesta indica qué colectivos pueden proponer, comentar y votar, y de quiénes es vinculante el voto.',
    },
    consent: {
      name: 'Consentimiento y objeción',
      short:
        'El consentimiento pregunta «¿puedes vivir con ello?», no «¿te gusta?»: una propuesta se aprueba salvo que alguien objete, y toda objeción debe resolverse.',
      long: 'Una objeción es más que una preferencia: dice que la propuesta dañaría a la DisCO y debe dar una razón. La propuesta se modifica hasta que nadie objete. El consenso tácito funciona igual con el silencio: cuenta como conformidad salvo que alguien objete antes del plazo.',
    },
    cat: {
      name: 'CAT (Fideicomiso Algorítmico Comunitario)',
      short:
        'Las reglas que acordaron los miembros sobre cómo fluyen y se reparten los ingresos, que el Deck aplica y que solo cambian por decisión colectiva.',
      long: 'Como un fideicomiso comunitario de tierras, pero para algoritmos. Cualquier miembro puede explicar y recalcular cada resultado del CAT, y cada cambio es una propuesta en sí misma.',
    },
    buckets: {
      name: 'Fondos',
      short:
        'Partes que se toman de los ingresos, por orden, antes de pagar a los miembros, como una reserva o los gastos de funcionamiento del colectivo.',
      long: 'Cada fondo toma un porcentaje del total de los ingresos o de lo que queda, uno tras otro. Lo que queda después de los fondos es el dinero disponible para pagar los créditos de los miembros.',
    },
    pots: {
      name: 'Bolsas',
      short:
        'Cómo se reparte entre las corrientes el dinero que queda después de los fondos, por ejemplo un 75 % para sustento y un 25 % para amor y cuidados.',
      long: 'Dentro de una bolsa, lo que se debe a cada miembro se paga a prorrata, empezando por lo más antiguo, y se da cuenta de cada céntimo. El reparto lo deciden los miembros.',
    },
    gini: {
      name: 'Gini',
      short:
        'Un número de 0 a 1 que mide cuán equitativo es un reparto: 0 cuando todo el mundo hace lo mismo, 1 cuando una sola persona lo hace todo.',
      long: 'El panel lo usa para los cuidados, para que los miembros vean cuándo recaen en muy pocas personas.',
    },
    duties: {
      name: 'Compromisos',
      short:
        'Trabajo que un miembro se ha comprometido a hacer cada periodo, como 400 créditos de trabajo por amor al trimestre.',
      long: 'El panel muestra cómo avanza cada miembro en sus compromisos del periodo.',
    },
    ledger: {
      name: 'Registro',
      short:
        'La constancia de todo lo que ha ocurrido, firmada y encadenada para que nadie pueda cambiar el pasado sin que se note.',
      long: 'Cualquiera puede comprobarlo, con o sin cuenta; tu navegador verifica que el nodo nunca reescribe lo que ya verificó.',
    },
  },
  empty: {
    proposals: 'Iniciar una propuesta',
    allProposals: 'Ver todas las propuestas',
    logWork: 'Registrar tu trabajo',
    logFirst: 'Registra tu primer trabajo con el formulario de arriba.',
    awaiting: 'Cuando otro miembro registre trabajo, te esperará aquí para que lo valides.',
    distribution: 'Cómo se reparten los ingresos',
    settings: 'Los ajustes vigentes',
    members: 'Miembros y círculos',
    glossary: '¿Qué es esto?',
    notificationSettings: 'Elige cómo te llegan los avisos',
    addCommons: 'Registrar algo que hicimos',
    firstRhythm: 'Crear el primer ritmo',
    recordIncome: 'Registrar un ingreso',
    recordExpense: 'Registrar un gasto',
  },
} as const;
