/** Strings of the `help` namespace: the first-run guide, the glossary of DisCO terms and what empty lists say next. Keys are the same in every language (a test checks it). */
export const messages = {
  en: {
    nav: { guide: 'Guide', glossary: 'Glossary' },
    explain: '(what is this?)',
    more: 'More in the glossary',
    guide: {
      title: 'Welcome to the Deck',
      intro:
        'The Deck is where the members of this DisCO log their work, decide together and see where the value goes. What to know first:',
      steps: {
        log: {
          title: 'Log your work',
          text: 'Log what you did in one of three streams: livelihood (paid work), love (pro-bono work for the commons) or care (the work that keeps the collective alive). It turns into credits once another member validates it.',
          link: 'Log work',
        },
        validate: {
          title: 'Validate each other’s work',
          text: 'Work others logged waits for you on the same page: validate it, or dispute it with a reason.',
          link: 'Work awaiting me',
        },
        decide: {
          title: 'Decide together',
          text: 'Proposals are voted by the constituencies they concern, each with its method, such as consent, where an objection must be resolved before the proposal passes.',
          link: 'Proposals',
        },
        money: {
          title: 'See where the money goes',
          text: 'Income goes through the buckets and pots of the CAT, the rules the members agreed on, and pays the credits members are owed. Anyone can check every step.',
          link: 'Distribution',
        },
        words: {
          title: 'Look up a word',
          text: 'A word with a dotted line, like Gini, opens its meaning. The glossary has them all.',
          link: 'Glossary',
        },
      },
      dismiss: 'Got it, hide the guide',
      again: 'You can open this guide again from the menu (Guide).',
    },
    glossary: {
      title: 'Glossary',
      intro:
        'The words of a DisCO, as this Deck uses them. A DisCO (Distributed Cooperative Organization) is a worker-run cooperative that puts care work at its core and shares power among all its stakeholders.',
    },
    terms: {
      livelihood: {
        name: 'Livelihood',
        short: 'Paid work for clients or funded projects: the market work that brings income in.',
        long: 'Livelihood work is logged in hours or units and earns credits at the rate of its task kind. Its credits are paid first from the livelihood pot when income is distributed.',
      },
      love: {
        name: 'Love (pro-bono)',
        short:
          'Work the collective chooses to do for free because it creates commons, such as translating articles under an open licence.',
        long: 'Love work earns credits like any other work; a committed member may have a duty of love work each quarter. When a client pays more than the base price, the surplus funds love credits.',
      },
      care: {
        name: 'Care',
        short:
          'The work that keeps the collective alive: meetings, mentoring, accounting, onboarding, emotional support.',
        long: 'Care work is the core of a DisCO, and the Deck shows who does it. Care done while dating is kept as historical credits and paid only once dating ends.',
      },
      credits: {
        name: 'Credits',
        short:
          'What logged work is worth inside the DisCO: one credit is one unit of its currency.',
        long: 'Credits are computed from the rate in force on the day of the work and frozen when it is logged. A credit earned is owed until it is paid, oldest first; it counts once another member has validated the work.',
      },
      validation: {
        name: 'Validation',
        short: 'Another member confirms the work you logged; only then do its credits count.',
        long: 'Any worker-member can validate work logged by someone else, or dispute it with a reason. A disputed item is settled by the members, and nothing is erased: the ledger keeps the whole story.',
      },
      dating: {
        name: 'Dating and its stages',
        short:
          'How a new worker-member and the DisCO get to know each other, usually nine months in three stages, with a mentor.',
        long: 'Daters vote, but their votes do not bind in stages 1 and 2. In the reference DisCO, stage 1 has no paid work, stage 2 pays 50% of the credit value of paid work and stage 3 pays 75%. Dating ends in a collective decision to commit.',
      },
      levels: {
        name: 'Casual, dating, committed',
        short:
          'The levels of worker-members: casual contributors, daters getting to know the DisCO, and committed (full) members.',
        long: 'Casual contributors help with no strings attached and have no claim on pay. Committed members all share the same rights and the same compensation rules. Moving between levels is a collective decision.',
      },
      circles: {
        name: 'Circles',
        short:
          'Working groups such as livelihood, love, care, tech or legal and finance, each with rotating stewards.',
        long: 'Work belongs to a circle. Stewards look after their circle’s rhythms and members; the role rotates.',
      },
      constituencies: {
        name: 'Constituencies',
        short:
          'The groups with a say: worker-members, clients, community members, supporters and any others the DisCO names.',
        long: 'A person may belong to several. Each proposal says which constituencies may propose, comment and vote, and whose votes bind.',
      },
      consent: {
        name: 'Consent and objection',
        short:
          'Consent asks “can you live with it?”, not “do you like it?”: a proposal passes unless someone objects, and an objection must be resolved.',
        long: 'An objection is more than a preference: it says the proposal would harm the DisCO, and it must give a reason. The proposal is changed until nobody objects. Lazy consensus works the same way with silence: it counts as assent unless someone objects before the deadline.',
      },
      cat: {
        name: 'CAT (Community Algorithmic Trust)',
        short:
          'The rules the members agreed on for how income flows and is shared, run by the Deck and changed only by a collective decision.',
        long: 'Like a community land trust, but for algorithms. Every result of the CAT can be explained and recomputed by any member, and every change to it is a proposal of its own.',
      },
      buckets: {
        name: 'Buckets',
        short:
          'Shares taken from income in order before members are paid, such as a reserve or the collective’s running costs.',
        long: 'Each bucket takes a percentage of the whole income or of what remains, one after the other. What is left after the buckets is the money available to pay members’ credits.',
      },
      pots: {
        name: 'Pots',
        short:
          'How the money left after the buckets is split between the streams, for example 75% to livelihood and 25% to love and care.',
        long: 'Within a pot, members’ claims are paid pro rata, oldest first, and every cent is accounted for. The split is the members’ to set.',
      },
      gini: {
        name: 'Gini',
        short:
          'A number from 0 to 1 for how evenly something is shared: 0 when everyone does the same, 1 when one person does it all.',
        long: 'The dashboard uses it for care work, so that the members see when care rests on too few shoulders.',
      },
      duties: {
        name: 'Duties',
        short:
          'Work a member has agreed to do each period, such as 400 credits of love work a quarter.',
        long: 'The dashboard shows each member’s progress towards their duties of the period.',
      },
      ledger: {
        name: 'Ledger',
        short:
          'The record of everything that happened, signed and chained so that nobody can change the past unseen.',
        long: 'Anyone can check it, with or without an account; your browser checks that the node never rewrites what it verified before.',
      },
    },
    empty: {
      proposals: 'Start a proposal',
      allProposals: 'See all proposals',
      logWork: 'Log your work',
      logFirst: 'Log your first work with the form above.',
      awaiting: 'When another member logs work, it waits here for you to validate it.',
      distribution: 'How income is shared',
      settings: 'The settings in force',
      members: 'Members and circles',
      glossary: 'What is this?',
    },
  },
  es: {
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
    },
  },
} as const;
