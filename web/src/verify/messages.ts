/** Strings of the `verify` namespace. Keys are the same in every language (a test checks it). */
export const messages = {
  en: {
    title: 'Verify the ledger yourself',
    intro:
      'Your browser reads every event and checkpoint from the node and recomputes hashes, links, signatures and Merkle roots itself, then checks inclusion proofs for a sample of events. It does not take the node’s word for anything.',
    nodeKeyLabel: 'Node key you expect (optional)',
    nodeKeyHint:
      'Paste the DisCO’s published key to make sure the ledger was signed by it; left empty, the key named in the first event is used.',
    start: 'Verify in this browser',
    cancel: 'Cancel',
    mode: {
      legend: 'What to check',
      full: 'Everything (recommended)',
      fullHint: 'Reads the whole ledger; on a large ledger this takes minutes.',
      quick: 'Quick check',
      quickHint:
        'The latest signed checkpoint and a sample of events, by their inclusion proofs, without reading the whole ledger.',
    },
    samplesLabel: 'Random events to check',
    seqsLabel: 'Also check these events (optional)',
    seqsHint:
      'Event numbers separated by commas or spaces, for example those the Deck showed when you recorded something.',
    seqsInvalid: 'Write event numbers as whole numbers from 1, separated by commas or spaces.',
    pace: '{{rate}} events a second, about {{left}} left',
    duration: {
      seconds: '{{seconds}} s',
      minutes: '{{minutes}} min {{seconds}} s',
    },
    quickOkVerdict: 'The events checked are in the signed ledger, intact.',
    quickOkDetail:
      'The node signed a checkpoint of {{size}} events with its key; {{count}} events in it were checked by their proofs, hashes, signatures and links.',
    quickLimits:
      'What this does not prove: that the events not sampled are intact, anything about the {{after}} events after the checkpoint, or that the node did not rewrite its history and sign again. Verify everything to know that.',
    notCovered: 'Not covered by a checkpoint yet, so not checked: {{seqs}}.',
    noCheckpoint:
      'The node has not signed a checkpoint yet, so a quick check has nothing to go on. Verify everything instead.',
    verifyAll: 'Verify everything',
    progressLabel: 'Verification progress',
    phase: {
      checkpoints: 'Reading checkpoints…',
      events: 'Checking events: {{done}} of {{total}}',
      proofs: 'Checking inclusion proofs: {{done}} of {{total}}',
      quick: 'Checking events by their proofs: {{done}} of {{total}}',
    },
    okVerdict: 'The ledger is intact.',
    okDetail: 'All {{size}} events link up, hash and verify, and every checkpoint matches.',
    badVerdict: 'The ledger is NOT intact.',
    badDetail: 'First fault at {{where}}: {{kind}}.',
    whereEvent: 'event {{seq}}',
    whereCheckpoint: 'the checkpoint of {{seq}} events',
    technical: 'Details: {{message}}',
    failed: 'Could not verify: {{message}}',
    stopped: 'Verification cancelled.',
    count: {
      events: 'Events',
      signatures: 'Node signatures',
      memberSignatures: 'Member signatures',
      checkpoints: 'Checkpoints',
      proofs: 'Inclusion proofs',
      root: 'Merkle root',
      nodeKey: 'Node key',
      time: 'Time taken',
      checkpoint: 'Checkpoint checked',
      checkpointTime: 'Signed at',
      sampled: 'Events checked',
    },
    seconds: '{{seconds}} s',
    kind: {
      gap: 'an event is missing',
      'size-mismatch': 'the ledger holds fewer or more events than it says',
      'header-mismatch': 'the file’s header names another ledger or node key',
      'bad-member-key':
        'a member’s signature is made with a key that is not theirs, or was revoked',
      'merkle-node-mismatch': 'a stored Merkle node does not match the events',
      'chain-head-mismatch': 'the stored chain head does not match the last event',
      'bad-format': 'an event is malformed',
      'broken-link': 'an event does not link to the one before',
      'hash-mismatch': 'an event’s content does not match its hash',
      'bad-genesis': 'the first event does not name the expected node key',
      'bad-payload': 'an event’s data does not fit its type',
      'bad-signature': 'the node’s signature does not verify',
      'bad-member-signature': 'the member’s signature does not verify',
      'checkpoint-mismatch': 'a checkpoint does not match the events',
      'bad-checkpoint-signature': 'a checkpoint’s signature does not verify',
      'bad-inclusion-proof': 'the node’s proof that an event is in the ledger does not hold',
    },
  },
  es: {
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
      'bad-inclusion-proof':
        'la prueba del nodo de que un evento está en el registro no se sostiene',
    },
  },
} as const;

export const { en, es } = messages;
