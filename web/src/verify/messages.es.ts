/** The `verify` namespace in Spanish, loaded only by a reader in Spanish; the same keys as messages.en.ts. */
export const es = {
  title: 'Verifica el registro por tu cuenta',
  intro:
    'Tu navegador lee cada evento y cada punto de control del nodo y recalcula por sí mismo hashes, enlaces, firmas y raíces de Merkle; luego comprueba pruebas de inclusión de una muestra de eventos. No se fía de lo que diga el nodo.',
  nodeKeyLabel: 'Clave del nodo que esperas (opcional)',
  nodeKeyHint:
    'Pega la clave publicada de la DisCO para asegurarte de que firmó el registro; si la dejas vacía, se usa la clave que nombra el primer evento.',
  start: 'Verificar en este navegador',
  cancel: 'Cancelar',
  mode: {
    legend: 'Qué comprobar',
    full: 'Todo (recomendado)',
    fullHint: 'Lee el registro entero; en un registro grande tarda minutos.',
    quick: 'Comprobación rápida',
    quickHint:
      'El último punto de control firmado y una muestra de eventos, con sus pruebas de inclusión, sin leer todo el registro.',
  },
  samplesLabel: 'Eventos al azar que comprobar',
  seqsLabel: 'Comprobar también estos eventos (opcional)',
  seqsHint:
    'Números de evento separados por comas o espacios, por ejemplo los que mostró el Deck cuando registraste algo.',
  seqsInvalid:
    'Escribe los números de evento como enteros desde 1, separados por comas o espacios.',
  pace: '{{rate}} eventos por segundo, quedan unos {{left}}',
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min {{seconds}} s',
  },
  quickOkVerdict: 'Los eventos comprobados están en el registro firmado, intactos.',
  quickOkDetail:
    'El nodo firmó con su clave un punto de control de {{size}} eventos; se comprobaron {{count}} eventos de él con sus pruebas, hashes, firmas y enlaces.',
  quickLimits:
    'Lo que esto no prueba: que los eventos no muestreados estén intactos, nada de los {{after}} eventos posteriores al punto de control, ni que el nodo no haya reescrito su historia y firmado de nuevo. Verifica todo para saberlo.',
  notCovered: 'Aún sin punto de control, así que sin comprobar: {{seqs}}.',
  noCheckpoint:
    'El nodo aún no ha firmado ningún punto de control, así que la comprobación rápida no tiene con qué comparar. Verifica todo.',
  verifyAll: 'Verificar todo',
  progressLabel: 'Progreso de la verificación',
  phase: {
    checkpoints: 'Leyendo puntos de control…',
    events: 'Comprobando eventos: {{done}} de {{total}}',
    proofs: 'Comprobando pruebas de inclusión: {{done}} de {{total}}',
    quick: 'Comprobando eventos con sus pruebas: {{done}} de {{total}}',
  },
  okVerdict: 'El registro está intacto.',
  okDetail:
    'Los {{size}} eventos se enlazan, cuadran con su hash y sus firmas, y todos los puntos de control coinciden.',
  badVerdict: 'El registro NO está intacto.',
  badDetail: 'Primer fallo en {{where}}: {{kind}}.',
  whereEvent: 'el evento {{seq}}',
  whereCheckpoint: 'el punto de control de {{seq}} eventos',
  technical: 'Detalles: {{message}}',
  failed: 'No se pudo verificar: {{message}}',
  stopped: 'Verificación cancelada.',
  count: {
    events: 'Eventos',
    signatures: 'Firmas del nodo',
    memberSignatures: 'Firmas de socias',
    checkpoints: 'Puntos de control',
    proofs: 'Pruebas de inclusión',
    root: 'Raíz de Merkle',
    nodeKey: 'Clave del nodo',
    time: 'Tiempo empleado',
    checkpoint: 'Punto de control comprobado',
    checkpointTime: 'Firmado el',
    sampled: 'Eventos comprobados',
  },
  seconds: '{{seconds}} s',
  kind: {
    gap: 'falta un evento',
    'size-mismatch': 'el registro tiene menos o más eventos de los que dice',
    'header-mismatch': 'la cabecera del archivo nombra otro registro u otra clave de nodo',
    'bad-member-key': 'la firma de una socia usa una clave que no es suya o que fue revocada',
    'merkle-node-mismatch': 'un nodo de Merkle guardado no coincide con los eventos',
    'chain-head-mismatch': 'la cabeza de la cadena guardada no coincide con el último evento',
    'bad-format': 'un evento está mal formado',
    'broken-link': 'un evento no enlaza con el anterior',
    'hash-mismatch': 'el contenido de un evento no cuadra con su hash',
    'bad-genesis': 'el primer evento no nombra la clave de nodo esperada',
    'bad-payload': 'los datos de un evento no encajan con su tipo',
    'bad-signature': 'la firma del nodo no es válida',
    'bad-member-signature': 'la firma de la socia no es válida',
    'checkpoint-mismatch': 'un punto de control no coincide con los eventos',
    'bad-checkpoint-signature': 'la firma de un punto de control no es válida',
    'bad-inclusion-proof': 'la prueba del nodo de que un evento está en el registro no se sostiene',
  },
} as const;
