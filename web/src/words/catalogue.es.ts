/* The server's refusals, hints and problems in Spanish: see catalogue.ts. */

import type { en } from './catalogue.en.js';

export const es = {
  'problem.invalid-input': 'La solicitud no es válida.',
  'problem.refused': 'La solicitud fue rechazada.',
  'problem.not-found': 'No se encontró.',
  'problem.conflict':
    'El registro cambió o está en un estado que no lo permite; recarga e inténtalo de nuevo.',
  'problem.forbidden': 'No tienes permiso para hacer esto.',
  'value.hours-per-day':
    '{memberId} registraría {hours} horas el {date} ({already} ya registradas + {adding} aquí), más del límite de {limit} horas por miembro y día',
  'proposal.deadline-past': 'tiene que ser posterior a {now}',
  'proposal.no-such-member': 'no existe ese miembro',
  'member.timeline-required': 'elige un ritmo: fast-track, agile o long-run',
  'distribution.payout-over-owed':
    '{amount} es más de lo que el reparto de {period} aún le debe a este miembro ({owedAmount})',
  'member.not-in-circle': 'no es miembro de este círculo',
  'member.not-in-constituency': 'no es miembro de este grupo',
  'refusal.invitation-cannot-be-accepted': 'No se puede aceptar la invitación con estos datos.',
  'refusal.display-name-missing': 'Elige el nombre con el que te verán los demás miembros.',
  'refusal.member-already-has-account': 'Este miembro ya tiene cuenta.',
  'hint.sign': 'Inicia sesión con ella.',
  'refusal.account-email-already-exists': 'Ya existe una cuenta con este correo.',
  'hint.sign-use-another-email': 'Inicia sesión con ella, o usa otro correo.',
  'refusal.inviter-may-no-longer-invite':
    'El miembro que te invitó ya no puede añadir miembros, así que esta invitación no se puede aceptar.',
  'hint.ask-another-member-new-invitation': 'Pide una invitación nueva a otro miembro.',
  'refusal.session-not-valid': 'Esta sesión no es válida: se cerró, o este nodo nunca la emitió.',
  'hint.sign-again': 'Inicia sesión de nuevo.',
  'refusal.session-expired': 'Esta sesión caducó el {at}.',
  'refusal.api-token-never-issued': 'Este token de API no es válido: este nodo nunca lo emitió.',
  'hint.check-was-copied-whole-create-new':
    'Comprueba que se copió entero, o crea uno nuevo con POST /api/tokens.',
  'refusal.api-token-expired': 'Este token de API caducó el {at}.',
  'hint.create-new-one-post-api-tokens': 'Crea uno nuevo con POST /api/tokens.',
  'refusal.api-token-revoked': 'Este token de API se revocó el {at}.',
  'refusal.invitation-never-issued': 'Esta invitación no es válida: este nodo nunca la emitió.',
  'hint.check-whole-link-was-copied-ask':
    'Comprueba que se copió el enlace entero, o pide uno nuevo al miembro que te invitó.',
  'refusal.invitation-expired': 'Esta invitación caducó el {at}.',
  'hint.ask-member-who-invited-you-new': 'Pide una nueva al miembro que te invitó.',
  'refusal.invitation-already-accepted':
    'Esta invitación ya se aceptó el {at}; cada invitación sirve una vez.',
  'hint.sign-email-password-chosen-then-ask':
    'Inicia sesión con el correo y la contraseña que elegiste entonces, o pide una invitación nueva.',
  'refusal.password-link-never-issued':
    'Este enlace de contraseña no es válido: este nodo nunca lo emitió.',
  'hint.check-whole-link-was-copied-ask-2':
    'Comprueba que se copió el enlace entero, o pide uno nuevo a una persona fundadora.',
  'refusal.password-link-expired': 'Este enlace de contraseña caducó el {at}.',
  'hint.ask-founder-new-one': 'Pide uno nuevo a una persona fundadora.',
  'refusal.password-link-already-used':
    'Este enlace de contraseña ya se usó (o lo reemplazó uno más nuevo) el {at}; cada enlace sirve una vez.',
  'hint.sign-password-chosen-then-ask-founder':
    'Inicia sesión con la contraseña que elegiste entonces, o pide un enlace nuevo a una persona fundadora.',
  'refusal.email-password-wrong': 'El correo o la contraseña no son correctos.',
  'hint.check-both-repeated-failures-pause-sign':
    'Revisa ambos; los fallos repetidos pausan un rato el acceso de esta cuenta.',
  'refusal.password-cannot-be-changed': 'No se puede cambiar la contraseña con estos datos.',
  'refusal.no-account-with-password': 'No tienes una cuenta con contraseña en este nodo.',
  'hint.accounts-come-from-accepting-invitation-api':
    'Las cuentas nacen al aceptar una invitación; los tokens de API no tienen contraseña.',
  'refusal.new-password-same-as-current': 'La nueva contraseña es igual que la actual.',
  'refusal.kept-keys-need-re-encrypting':
    'Tus claves de firma se guardan en este nodo cifradas con tu contraseña actual.',
  'refusal.token-cannot-be-created': 'No se puede crear el token así.',
  'refusal.no-such-founder': 'No existe la persona fundadora {founderId}.',
  'refusal.founder-already-has-account': 'Esta persona fundadora ya tiene cuenta.',
  'hint.sign-lost-password-needs-another-founder':
    'Inicia sesión con ella; una contraseña perdida necesita a otra persona fundadora o una invitación nueva.',
  'refusal.invitation-cannot-be-issued': 'No se puede emitir la invitación con estas condiciones.',
  'refusal.member-has-no-password': '{memberId} no tiene una cuenta con contraseña en este nodo.',
  'hint.only-members-who-accepted-invitation-have':
    'Solo tienen contraseña los miembros que aceptaron una invitación; invita a los demás.',
  'refusal.member-left-no-password-reset':
    '{memberId} ha dejado la DisCO; no se puede restablecer su contraseña.',
  'hint.record-their-return-first': 'Registra antes su regreso.',
  'refusal.key-cannot-be-stored': 'No se puede guardar la clave.',
  'refusal.no-account-to-keep-keys': 'No tienes en este nodo una cuenta donde guardar una clave.',
  'hint.sign-account-not-only-api-token':
    'Inicia sesión con una cuenta (no solo con un token de API de un miembro sin cuenta).',
  'refusal.node-has-no-founded-ledger':
    'Este nodo aún no tiene un registro con una persona fundadora.',
  'hint.start-one-disco-init': 'Crea uno con disco init.',
  'refusal.every-founder-already-has-account': 'Todas las personas fundadoras ya tienen cuenta.',
  'hint.sign-another-founder-can-invite-new':
    'Inicia sesión con ella; otra persona fundadora puede invitar a nuevos miembros con disco member invite.',
  'refusal.new-password-cannot-be-set': 'No se puede fijar la nueva contraseña.',
  'refusal.no-such-api-token': 'No existe el token de API {id}.',
  'hint.get-api-tokens-lists-yours': 'GET /api/tokens lista los tuyos.',
  'refusal.member-has-no-account': '{target} no tiene cuenta en este nodo.',
  'refusal.sign-in-needs-email-and-password':
    'Para iniciar sesión hacen falta un correo y una contraseña.',
  'refusal.steward-cannot-be-appointed': 'No se puede nombrar a la persona administradora.',
  'refusal.no-such-circle': 'No existe el círculo {ref}.',
  'hint.list-circles-see-their-slugs': 'Lista los círculos para ver sus identificadores.',
  'refusal.circle-cannot-be-created': 'No se puede crear el círculo.',
  'refusal.stewardship-cannot-be-ended': 'No se puede terminar la administración.',
  'refusal.say-which-member': 'Indica qué miembro.',
  'refusal.member-cannot-join-circle': 'El miembro no puede unirse a este círculo.',
  'refusal.member-cannot-leave-circle': 'El miembro no puede dejar este círculo.',
  'refusal.circle-cannot-be-shown': 'No se puede mostrar el círculo.',
  'hint.fix-fields-named-send-whole-document':
    'Corrige los campos indicados y envía de nuevo el documento entero.',
  'hint.commit-month-after-last-closed-one':
    'Confirma el mes siguiente al último cerrado, una vez terminado (`disco distribution show` lista los repartos).',
  'refusal.ledger-changed-while-run-was-computed':
    'El registro cambió mientras se calculaba el reparto.',
  'hint.commit-run-again': 'Confirma el reparto de nuevo.',
  'refusal.flows-cannot-be-shown': 'No se pueden mostrar los flujos.',
  'refusal.no-flows-without-parameters':
    'No hay flujos para {period}: aún no hay parámetros del CAT.',
  'hint.founder-sets-first-parameter-document-disco':
    'Una persona fundadora fija el primer documento de parámetros (disco cat params --set FILE).',
  'refusal.date-in-closed-month': '{date} está en un mes ya cerrado por un reparto.',
  'hint.record-current-month-corrections-go-later':
    'Regístralo en el mes en curso: las correcciones van en un periodo posterior.',
  'refusal.no-such-ledger': 'Aún no hay registro.',
  'hint.run-disco-init-first': 'Ejecuta antes `disco init`.',
  'refusal.expenses-cannot-be-listed': 'No se pueden listar los gastos.',
  'refusal.income-cannot-be-listed': 'No se pueden listar los ingresos.',
  'refusal.payout-list-cannot-be-made': 'No se puede hacer la lista de pagos.',
  'hint.fix-fields-named-parameter-document':
    'Corrige los campos indicados en el documento de parámetros.',
  'refusal.distribution-cannot-be-previewed': 'No se puede previsualizar el reparto.',
  'hint.preview-month-after-last-closed-one':
    'Previsualiza el mes siguiente al último cerrado, o un mes ya cerrado.',
  'refusal.expense-cannot-be-recorded': 'No se puede registrar el gasto.',
  'refusal.income-cannot-be-recorded': 'No se puede registrar el ingreso.',
  'refusal.another-cat-parameter-version-was-recorded':
    'Mientras tanto se registró otra versión de los parámetros del CAT.',
  'hint.read-parameters-again-retry': 'Lee los parámetros de nuevo y reinténtalo.',
  'refusal.payout-cannot-be-recorded': 'No se puede registrar el pago.',
  'refusal.no-such-member': 'No existe el miembro {memberId}.',
  'hint.name-member-id-disco-member-list':
    'Nombra al miembro por su identificador (`disco member list`), o por el nombre que muestra el reparto (`disco distribution explain RUN`).',
  'refusal.given-run-state-hash-mismatch':
    'El estado dado para el reparto {runId} da el hash {hash}, no {hash2} como registró su evento; no se guardó.',
  'hint.recompute-from-ledger-disco-distribution-repair':
    'Recálcalo desde el registro con `disco distribution repair-state {runId}`.',
  'refusal.no-such-distribution-run': 'No existe el reparto {runIdOrPeriod}.',
  'hint.name-run-id-month-disco-distribution':
    'Nombra un reparto por su identificador o su mes (`disco distribution show` los lista).',
  'refusal.run-has-no-state-to-repair':
    'El reparto {runIdOrPeriod} se registró antes de que existieran los estados (esquema 1): no tiene estado que reparar.',
  'hint.run-after-folds-from-event-1': 'El reparto siguiente se calcula desde el evento 1.',
  'refusal.run-state-missing':
    'Falta el estado registrado del reparto {runId} ({period}), así que el siguiente reparto no puede partir de él.',
  'refusal.run-state-hash-mismatch':
    'El estado registrado del reparto {runId} ({period}) no corresponde al hash que registró su evento ({hash}; el estado guardado da {hash2}).',
  'refusal.cat-document-not-json-object':
    'El documento de parámetros del CAT debe ser un objeto JSON.',
  'refusal.cat-parameters-already-set':
    'Los parámetros del CAT ya están fijados; ahora solo una decisión colectiva los cambia.',
  'hint.open-cat-parameter-change-proposal-new':
    'Abre una propuesta cat-parameter-change con el documento nuevo (disco propose --kind cat-parameter-change).',
  'refusal.books-cannot-be-shown': 'No se pueden mostrar los libros.',
  'hint.list-runs-get-api-distribution-runs':
    'Lista los repartos con GET /api/distribution/runs (disco distribution show).',
  'refusal.run-cannot-be-shown': 'No se puede mostrar el reparto.',
  'refusal.no-such-distribution-run-at-path': 'No existe el reparto {runIdOrPeriod} en {path}.',
  'hint.name-run-id-month-yyyy-mm': 'Nombra un reparto por su identificador o su mes (AAAA-MM).',
  'refusal.file-run-state-hash-mismatch':
    'El estado del reparto {id} ({period}) en {path} da el hash {hash}, no {hash2} como registró su evento.',
  'hint.verify-from-event-1-without-from': 'Verifica desde el evento 1, sin --from-state.',
  'refusal.what-if-cannot-be-computed': 'No se puede calcular la simulación.',
  'refusal.proposal-cannot-be-amended': 'No se puede enmendar la propuesta.',
  'refusal.proposal-was-amended-meanwhile': 'La propuesta se enmendó mientras tanto.',
  'hint.read-again-amend-new-version': 'Léela de nuevo y enmienda la nueva versión.',
  'refusal.proposal-was-carried-out-meanwhile': 'La propuesta se llevó a cabo mientras tanto.',
  'refusal.ballot-cannot-be-cast': 'No se puede emitir la papeleta.',
  'refusal.proposal-was-amended-while-you-voted': 'La propuesta se enmendó mientras votabas.',
  'hint.read-new-version-vote-again': 'Lee la nueva versión y vota de nuevo.',
  'refusal.ballot-not-valid': 'La papeleta no es válida.',
  'refusal.ballot-would-not-be-counted': 'La papeleta no se contaría.',
  'refusal.proposal-stays-open-until-deadline': 'Esta propuesta sigue abierta hasta el {deadline}.',
  'refusal.proposal-was-closed-meanwhile': 'La propuesta se cerró mientras tanto.',
  'refusal.no-such-comment-proposal': 'No existe ese comentario en esta propuesta.',
  'hint.list-comments-at': 'Lístalos con GET {path}.',
  'refusal.delegation-circle-or-topic':
    'Una delegación es para un círculo o para un tema, no para ambos.',
  'refusal.comment-cannot-be-edited': 'No se puede editar el comentario.',
  'refusal.governance-parameters-unknown-constituency':
    'Los parámetros de gobernanza nombran un grupo desconocido.',
  'refusal.comments-cannot-be-listed': 'No se pueden listar los comentarios.',
  'refusal.proposals-cannot-be-listed': 'No se pueden listar las propuestas.',
  'refusal.cursor-not-from-this-node': 'El cursor no es uno que haya dado este nodo.',
  'refusal.notifications-cannot-be-marked-read':
    'No se pueden marcar las notificaciones como leídas.',
  'refusal.notifications-not-yours': 'Algunas de esas no son notificaciones tuyas.',
  'hint.list-them-get-api-notifications': 'Lístalas con GET /api/notifications.',
  'refusal.proposal-cannot-be-opened': 'No se puede abrir la propuesta.',
  'refusal.comment-cannot-be-posted': 'No se puede publicar el comentario.',
  'refusal.reply-cannot-be-posted': 'No se puede publicar la respuesta.',
  'refusal.no-such-proposal': 'No existe esa propuesta.',
  'hint.list-proposals-get-api-proposals': 'Lista las propuestas con GET /api/proposals.',
  'refusal.proposal-takes-no-changes': 'Esta propuesta está {status}: no admite más cambios.',
  'hint.see-outcome-at': 'Consulta su resultado con GET {path}.',
  'refusal.proposal-deadline-has-passed':
    'El plazo de esta propuesta ({deadline}) ya pasó: no admite más cambios.',
  'hint.being-closed-tallied': 'Se está cerrando y contando.',
  'refusal.settings-do-not-fit-method': 'Estos ajustes no encajan con el método {method}.',
  'refusal.membership-change-about-nobody': 'El cambio de membresía no trata de nadie.',
  'refusal.deadline-not-in-future': 'El plazo tiene que ser futuro.',
  'refusal.reaction-cannot-be-recorded': 'No se puede registrar la reacción.',
  'refusal.delegation-cannot-be-revoked': 'No se puede revocar la delegación.',
  'refusal.you-have-no-delegation-scope': 'No tienes ninguna delegación en ese ámbito.',
  'hint.see-yours-get-api-delegations': 'Consulta las tuyas con GET /api/delegations.',
  'refusal.delegation-cannot-be-set': 'No se puede fijar la delegación.',
  'refusal.disco-does-not-use-delegation': 'Esta DisCO no usa la delegación.',
  'hint.switched-proposal-sets-governance-parameter-delegation':
    'Se activa con una propuesta que fije el parámetro de gobernanza delegation.enabled.',
  'refusal.delegation-would-make-cycle': 'La delegación formaría un ciclo.',
  'refusal.governance-parameters-cannot-be-set': 'No se pueden fijar los parámetros de gobernanza.',
  'refusal.governance-parameters-already-set':
    'Los parámetros de gobernanza están fijados: a partir de ahora solo los cambia una propuesta aprobada.',
  'refusal.proposal-cannot-be-shown': 'No se puede mostrar la propuesta.',
  'refusal.outcome-cannot-be-stated': 'No se puede declarar el resultado.',
  'refusal.proposal-not-closed-yet':
    'Esta propuesta está {status}: el resultado se declara una vez cerrada.',
  'refusal.review-date-not-in-future': 'La fecha de revisión tiene que ser futura.',
  'refusal.constituency-does-not-vote':
    'No permitido: ninguno de tus grupos vota en las propuestas de tipo {kind}.',
  'hint.see-get-api-governance-parameters-who':
    'Consulta GET /api/governance/parameters para ver quién vota qué.',
  'refusal.proposal-cannot-be-withdrawn': 'No se puede retirar la propuesta.',
  'refusal.batch-empty': 'Nada que registrar: el lote está vacío.',
  'refusal.event-not-canonical-json':
    'No se puede registrar el evento: una parte no tiene forma JSON canónica.',
  'refusal.node-has-no-signing-key': 'Este nodo no tiene clave de firma.',
  'refusal.ledger-belongs-to-another-node':
    'Este registro lo empezó otro nodo; este nodo puede leerlo y verificarlo, pero no escribir en él.',
  'hint.write-node-holds-key-start-new':
    'Escribe en el nodo que tiene su clave, o empieza un registro nuevo en otro directorio de datos.',
  'refusal.event-not-valid': 'El evento {type} no es válido.',
  'refusal.member-signature-does-not-match-event': 'La firma del miembro no corresponde al evento.',
  'refusal.event-signed-by-unknown-key':
    'El evento está firmado con una clave que no es una clave registrada y no revocada de quien actúa.',
  'refusal.no-ledger-to-back-up': 'No hay ningún registro en {dataDir} que copiar.',
  'hint.pass-data-directory-node-data-dir':
    'Indica el directorio de datos del nodo con --data-dir.',
  'refusal.file-already-exists': '{file} ya existe.',
  'hint.choose-new-file-name-backup-never':
    'Elige otro nombre de archivo; una copia de seguridad nunca sobrescribe.',
  'refusal.command-needs-sqlite':
    'disco {what} funciona con la base de datos SQLite integrada; este nodo usa PostgreSQL.',
  'refusal.no-such-ledger-export': 'No hay ningún registro que exportar.',
  'refusal.ledger-event-missing':
    'La cabeza de la cadena dice que el registro tiene {size} eventos, pero falta el evento {seq} en la base de datos; una exportación prometería eventos que no tiene, así que no se escribió ninguna.',
  'hint.run-disco-ledger-verify-see-what':
    'Ejecuta `disco ledger verify` para ver qué falla, y restaura la base de datos desde una copia o una exportación anterior.',
  'refusal.import-needs-empty-database':
    'Esta base de datos ya tiene un registro de {size} eventos; una importación necesita una vacía.',
  'hint.import-into-new-data-dir': 'Importa en un --data-dir nuevo.',
  'refusal.ledger-file-does-not-verify':
    'El archivo no se verifica en el evento {seq}: {reason}. No se importó nada.',
  'hint.ask-fresh-export-run-disco-ledger':
    'Pide una exportación nueva, o ejecuta `disco ledger verify --file` sobre ella para ver el fallo.',
  'refusal.disco-cannot-be-created': 'No se puede crear la DisCO con estos ajustes.',
  'refusal.database-already-holds-ledger': 'Esta base de datos ya tiene un registro.',
  'hint.use-another-data-dir-database-url':
    'Usa otro --data-dir o DATABASE_URL para empezar uno nuevo.',
  'refusal.write-runs-differently-now': 'Esta escritura ya no se ejecuta como cuando se preparó.',
  'hint.prepare-again-send-disco-intent-prepare':
    'Prepáralo de nuevo (envíalo con `Disco-Intent: prepare`), firma las nuevas intenciones y confírmalo.',
  'refusal.file-not-ledger-export':
    '{path} no es una exportación de registro de disco-cat: la línea {line} {why}.',
  'hint.export-ledger-disco-ledger-export-file':
    'Exporta un registro con `disco ledger export FILE`.',
  'refusal.no-such-file-path': 'No existe el archivo {path}.',
  'refusal.stored-proof-not-valid':
    'El árbol de Merkle guardado (o el punto de control firmado sobre él) no da una prueba válida de {what}, así que no se sirve ninguna.',
  'hint.run-disco-ledger-verify-node-names':
    'Ejecuta `disco ledger verify` en el nodo: indica el nodo guardado que no concuerda con los eventos.',
  'refusal.no-such-event-in-ledger': 'No existe el evento {seq}; el registro tiene {size}.',
  'hint.sequence-numbers-start-1': 'Los números de secuencia empiezan en 1.',
  'refusal.no-inclusion-proof': 'No hay prueba del evento {seq} en un árbol de tamaño {size}.',
  'refusal.no-such-event': 'No existe el evento {seq}.',
  'refusal.no-consistency-proof': 'No hay prueba de consistencia para estos tamaños.',
  'refusal.only-ledger-node-signs-checkpoints':
    'Solo el nodo que tiene la clave del registro puede firmar sus puntos de control.',
  'refusal.no-such-backup-file': 'No hay ninguna copia en {file}.',
  'refusal.data-directory-holds-ledger': '{dataDir} ya tiene un registro.',
  'hint.pass-replace-restore-over-current-files':
    'Pasa --replace para restaurar encima; los archivos actuales se guardan en replaced-<time>/ dentro.',
  'refusal.backup-ledger-does-not-verify':
    'El registro de la copia no se verifica en el evento {seq}: {reason}.',
  'hint.nothing-was-replaced-restore-older-backup':
    'No se reemplazó nada. Restaura una copia anterior, o guarda esta para investigarla.',
  'refusal.data-directory-in-use':
    'Un servidor (u otra orden disco) tiene abierto este directorio de datos.',
  'hint.stop-server-then-run-disco-restore':
    'Detén el servidor y ejecuta disco restore de nuevo; no se reemplazó nada.',
  'refusal.backup-cannot-be-restored': '{file} no se puede restaurar: {why}.',
  'backup.reason.not-a-database': 'no es una base de datos SQLite',
  'backup.reason.damaged': 'está dañado (falló la comprobación rápida de SQLite)',
  'backup.reason.not-from-disco-backup':
    'es una base de datos SQLite, pero no la escribió disco backup',
  'backup.reason.other': 'no se puede abrir como copia de seguridad',
  'hint.pass-file-made-disco-backup-nothing':
    'Indica un archivo hecho por disco backup; no se reemplazó nada.',
  'refusal.member-signature-required':
    'Esta DisCO exige la firma de un miembro en los eventos {types}, y esta escritura no lleva ninguna.',
  'hint.register-signing-key-your-device-disco':
    'Registra una clave de firma en tu dispositivo (`disco member key` en la CLI, o Ajustes → Claves de firma en el Deck); la CLI y el Deck firman después cada escritura.',
  'refusal.write-now-two-steps':
    'Esta escritura ahora registra eventos de miembro en dos pasos; el borrador preparado cubre uno.',
  'hint.prepare-again-sign-new-intents-commit':
    'Prepáralo de nuevo, firma las nuevas intenciones y confírmalo.',
  'refusal.write-intent-count-changed':
    'Esta escritura ahora registra {mineCount} eventos para que los firmes; se prepararon {preparedCount}.',
  'refusal.write-changed-since-prepared':
    'Esta escritura ya no registra las intenciones que firmaste: la DisCO cambió desde que se preparó.',
  'hint.prepare-again-read-new-intents-sign':
    'Prepáralo de nuevo, lee las nuevas intenciones, fírmalas y confírmalo.',
  'refusal.member-signature-count-wrong':
    '{MEMBER_SIG_HEADER} debe llevar {mineCount} firma(s), una por intención preparada, en orden; lleva {sigsCount}.',
  'refusal.member-signature-does-not-verify':
    'Una firma de miembro no se verifica: debe ser la firma Ed25519, con la clave de Disco-Member-Key, de la intención tal como se preparó.',
  'hint.sign-utf-8-bytes-intents-i':
    'Firma los bytes UTF-8 de `intents[i].intent` de la respuesta de preparación, sin cambios.',
  'refusal.draft-already-committed':
    'Esta escritura preparada ya se confirmó; un borrador se registra una vez.',
  'hint.record-again-prepare-new-draft': 'Para registrarlo de nuevo, prepara un borrador nuevo.',
  'refusal.member-cannot-be-added': 'No se puede añadir el miembro.',
  'refusal.mentor-cannot-be-assigned': 'No se puede asignar la mentoría.',
  'refusal.dating-needs-timeline': 'El cortejo necesita un ritmo.',
  'refusal.level-cannot-be-changed': 'No se puede cambiar el nivel.',
  'refusal.constituency-cannot-be-defined': 'No se puede definir el grupo.',
  'refusal.no-such-leave': 'No existe la baja {leaveId}.',
  'hint.list-leaves-disco-leave-list-find':
    'Lista las bajas (disco leave list) para encontrar sus identificadores.',
  'refusal.member-cannot-join-constituency': 'El miembro no puede unirse a este grupo.',
  'refusal.member-cannot-leave-constituency': 'El miembro no puede dejar este grupo.',
  'refusal.leaves-cannot-be-listed': 'No se pueden listar las bajas.',
  'refusal.members-cannot-be-listed': 'No se pueden listar los miembros.',
  'refusal.no-such-constituency': 'No existe ese grupo.',
  'refusal.commitment-statement-cannot-be-recorded':
    'No se puede registrar la declaración de compromiso.',
  'refusal.milestone-cannot-be-recorded': 'No se puede registrar el hito.',
  'refusal.key-cannot-be-registered': 'No se puede registrar la clave.',
  'refusal.mentor-cannot-be-removed': 'No se puede quitar la mentoría.',
  'hint.list-members-find-their-ids': 'Lista los miembros para encontrar sus identificadores.',
  'refusal.key-cannot-be-revoked': 'No se puede revocar la clave.',
  'refusal.rights-cannot-be-changed': 'No se pueden cambiar los derechos.',
  'refusal.no-constituency-with-id': 'No existe el grupo {constituencyId}.',
  'hint.list-constituencies-see-their-slugs': 'Lista los grupos para ver sus identificadores.',
  'refusal.profile-cannot-be-shown': 'No se puede mostrar el perfil.',
  'refusal.member-cannot-be-shown': 'No se puede mostrar el miembro.',
  'refusal.not-signed-in-because': 'Sin sesión iniciada: {reason}.',
  'hint.sign-pass-api-token': 'Inicia sesión, o envía un token de API.',
  'refusal.not-allowed-because': 'No permitido: {reason}.',
  'refusal.level-change-not-allowed': 'Este cambio de nivel no está permitido.',
  'refusal.contribution-cannot-be-acknowledged': 'No se puede reconocer la contribución.',
  'refusal.contribution-cannot-be-disputed': 'No se puede disputar la contribución.',
  'refusal.dispute-cannot-be-withdrawn': 'No se puede retirar la disputa.',
  'refusal.care-indicators-cannot-be-shown': 'No se pueden mostrar los indicadores de cuidados.',
  'refusal.contributions-cannot-be-exported': 'No se pueden exportar las contribuciones.',
  'refusal.contributions-cannot-be-imported': 'No se pueden importar las contribuciones.',
  'refusal.file-has-problems':
    'No se importó el archivo: {problemsCount} problema(s); no se registró nada.',
  'hint.fix-every-row-listed-import-whole':
    'Corrige cada fila indicada e importa de nuevo el archivo entero.',
  'refusal.file-holds-no-contributions': 'El archivo no contiene contribuciones.',
  'store.no-checkpoint-for-size':
    'no hay punto de control para el tamaño {treeSize}: el registro tiene {size} eventos',
  'store.checkpoint-already-recorded':
    'ya hay un punto de control registrado para el tamaño {treeSize}',
  'store.import-needs-empty-store':
    'un registro solo se puede importar en un almacén vacío; este tiene {size} eventos',
  'store.event-does-not-follow': 'el evento {seq} no sigue al evento {size} de la cadena importada',
  'store.checkpoint-does-not-match':
    'el punto de control del tamaño {treeSize} no coincide con los eventos importados',
  'store.checkpoint-beyond-import':
    'el punto de control del tamaño {treeSize} va más allá de los {size} eventos importados',
  'refusal.no-such-route': 'No existe la ruta {method} {path}.',
  'hint.routes-listed-in': 'Las rutas se enumeran en {document}.',
  'refusal.no-such-deck-file': 'El Deck no tiene el archivo {path}.',
  'hint.reload-for-newer-deck':
    'Puede que el Deck se haya actualizado desde que se cargó esta página: recárgala.',
  'refusal.request-part-invalid': 'La parte «{location}» de la solicitud no es válida.',
  'hint.see-what-each-parameter-accepts': 'Consulta en {document} qué acepta cada parámetro.',
  'refusal.body-too-large':
    'El cuerpo de la solicitud supera {size}, el máximo que acepta {method} {path}.',
  'hint.send-smaller-body':
    'Envía un cuerpo más pequeño; quien opera el nodo fija este límite con {setting}.',
  'refusal.body-not-json': 'El cuerpo de la solicitud no es JSON bien formado.',
  'hint.send-well-formed-json':
    'Envía el cuerpo como JSON con Content-Type: application/json; revisa comillas, comas y corchetes.',
  'refusal.unsupported-media-type': 'Esta ruta no lee cuerpos de este tipo.',
  'hint.send-json-media-type': 'Envía el cuerpo como JSON con Content-Type: application/json.',
  'refusal.server-failed':
    'El servidor no pudo responder a esta solicitud. Quedó registrada con el id de solicitud {requestId}.',
  'hint.try-again-then-tell-operator':
    'Inténtalo más tarde; si sigue fallando, da el id de solicitud a quien opera el nodo.',
  'refusal.evaluation-cannot-be-opened': 'No se puede abrir la evaluación.',
  'hint.evaluate-after-quarter-ends':
    'Un trimestre se evalúa cuando ha terminado: sus datos aún cambiarían.',
  'refusal.evaluation-already-exists': '{quarter} ya tiene una evaluación para este ámbito.',
  'hint.list-evaluations': 'Lista las evaluaciones para verlas (`disco evaluation list`).',
  'refusal.no-evaluation-id': 'No hay ninguna evaluación {evaluationId}.',
  'refusal.evaluation-closed': 'La evaluación de {quarter} está cerrada.',
  'hint.reflect-in-next-evaluation': 'Llévalo a la próxima evaluación, o propón un cambio.',
  'refusal.reflection-cannot-be-recorded': 'No se puede registrar la reflexión.',
  'refusal.evaluation-cannot-be-closed': 'No se puede cerrar la evaluación.',
  'hint.open-proposal-first':
    'Abre primero la propuesta (una revisión, o nuevas obligaciones) y luego cierra la evaluación con ella.',
  'refusal.evaluations-cannot-be-listed': 'No se pueden listar las evaluaciones.',
  // Economía federada (issue 19).
  'refusal.decision-not-passed':
    'La propuesta {proposalId} no ha sido aprobada; solo una propuesta aprobada puede decidir esto.',
  'refusal.commons-resource-not-in-registry':
    'No hay ningún recurso común {resourceId} en el registro (nunca se registró o se retiró).',
  'refusal.commons-resource-cannot-be-updated': 'No se puede actualizar el recurso común.',
  'refusal.commons-resource-cannot-be-withdrawn': 'No se puede retirar el recurso común.',
  'refusal.federation-not-configured':
    'Este nodo no está federado: no tiene actor de ActivityPub para hablar con otras DisCOs.',
  'refusal.federation-peer-unknown':
    '{peer} no es una DisCO con la que esta se federe; federaos primero por decisión.',
  'refusal.transfer-cannot-be-sent': 'No se puede enviar la transferencia solidaria.',
  'refusal.transfer-cannot-be-accepted': 'No se puede aceptar la transferencia solidaria.',
  'refusal.transfer-cannot-be-cancelled': 'No se puede cancelar la transferencia solidaria.',
  'refusal.transfer-already-decided':
    'La propuesta {proposalId} ya decidió la transferencia {transferId}; una decisión envía una sola transferencia.',
  'refusal.transfer-unknown': 'No hay ninguna transferencia {transferId} con esa DisCO.',
  'refusal.transfer-not-open':
    'La transferencia {transferId} está en estado {status}: ya no espera respuesta.',
  'refusal.transfer-currency-not-ours':
    'La transferencia está en {currency}, pero esta DisCO lleva sus cuentas en {base}; recházala y pide {base}.',
  'refusal.transfer-cancelled': 'La DisCO que ofrecía la transferencia la retiró.',
  'refusal.credit-line-cannot-be-set': 'No se puede fijar la línea de crédito.',
  'refusal.credit-cannot-be-sent': 'No se puede enviar la transferencia de crédito mutuo.',
  'refusal.credit-line-missing':
    'No hay ninguna línea de crédito abierta con {peer}; primero una propuesta aprobada debe fijar su límite.',
  'refusal.credit-line-over-limit':
    'Esta transferencia superaría el límite de crédito de {limitAmount} con {peer} (saldo {balanceAmount}); como mucho pueden moverse {roomAmount} en este sentido.',
  'refusal.credit-currency-differs':
    'La transferencia está en {currency}, pero la línea de crédito se lleva en {line}.',
  'refusal.credit-refused-by-peer': 'La otra DisCO rechazó la transferencia de crédito mutuo.',
  'refusal.idempotency-keep-days-out-of-range':
    'La cabecera {KEEP_DAYS_HEADER} debe ser un número entero de días entre 1 y {max}.',
  'hint.idempotency-keep-days-whole-number':
    'Envía un número de días entre 1 y {max}, u omite la cabecera para guardar la clave un día.',
  'refusal.activity-cannot-be-listed': 'No se puede mostrar la actividad.',
  'refusal.search-cannot-run': 'No se puede hacer la búsqueda.',
  'hint.search-with-words':
    'Busca con una o más palabras (letras o cifras), de 200 caracteres como máximo.',
  'refusal.federation-needs-public-url':
    'Este nodo no tiene URL pública, así que no puede federarse.',
  'hint.federation-set-public-url':
    'Arranca el servidor con --public-url (DISCO_PUBLIC_URL) igual a la dirección por la que otras DisCOs lo alcanzan.',
  'refusal.federation-peer-unreachable': 'No se pudo leer la DisCO {target}: {reason}.',
  'hint.federation-check-peer-address':
    'Revisa el identificador (disco@coop.example) o la URL del actor, y que la DisCO esté en línea.',
  'refusal.activity-proof-too-old':
    'La prueba de la actividad se hizo el {created}, hace más de los {maxAge} segundos que esta DisCO acepta.',
  'refusal.activity-proof-from-future':
    'La prueba de la actividad tiene fecha {created}, más de una hora por delante del reloj de esta DisCO.',
  'hint.activity-proof-sign-again':
    'Vuelve a probar la actividad al enviarla (eddsa-jcs-2022), con su hora de creación de ahora.',
  'hint.activity-proof-check-clock':
    'Revisa el reloj del servidor que envía (NTP) y envía la actividad probada de nuevo.',
  'refusal.federation-relation-unknown':
    'Esta DisCO no tiene ninguna relación de federación con {peer}.',
  'refusal.federation-already-following': 'Esta DisCO ya sigue a {peer}.',
  'refusal.federation-not-following':
    'Esta DisCO no sigue a {peer}, así que no hay nada que dejar de seguir.',
  'refusal.federation-cannot-follow-itself': 'Una DisCO no puede seguirse a sí misma.',
  'refusal.notification-settings-cannot-be-changed': 'No se pueden cambiar los ajustes de avisos.',
  'refusal.unsubscribe-link-not-valid': 'Este enlace para darse de baja no es válido.',
  'hint.change-notification-settings':
    'Cambia tus ajustes de avisos en el Deck, o con `disco notify settings`.',
  'refusal.webhook-cannot-be-added': 'No se puede añadir el webhook.',
  'refusal.no-webhook-id': 'No existe el webhook «{id}».',
  'hint.list-webhooks': 'Lístalos con GET /api/webhooks.',
  'refusal.thanks-cannot-be-recorded': 'No se puede registrar el agradecimiento.',
  'refusal.no-contribution-id': 'No existe la contribución {contributionId}.',
  'refusal.thanks-cannot-be-listed': 'No se pueden listar los agradecimientos.',
  'refusal.no-checkin-you-may-read': 'No existe ningún check-in {checkinId} que puedas leer.',
  'hint.checkin-shown-only-to-audience': 'Un check-in solo se muestra a quienes eligió su autora.',
  'refusal.retention-cannot-be-set': 'No se puede fijar la conservación.',
  'refusal.checkin-cannot-be-deleted': 'No se puede borrar el check-in.',
  'refusal.checkins-cannot-be-listed': 'No se pueden listar los check-ins.',
  'refusal.checkin-cannot-be-shown': 'No se puede mostrar el check-in.',
  'refusal.checkin-cannot-be-recorded': 'No se puede registrar el check-in.',
  'refusal.no-calendar-feed-here': 'No hay ningún calendario en esta dirección.',
  'hint.make-new-feed-link': 'Crea un enlace de calendario nuevo en el Deck (Ritmos).',
  'refusal.attendance-cannot-be-recorded': 'No se puede registrar quién participó.',
  'refusal.rhythm-cannot-be-created': 'No se puede crear el ritmo.',
  'refusal.rhythm-cannot-be-changed': 'No se puede cambiar el ritmo.',
  'refusal.rhythm-cannot-be-ended': 'No se puede terminar el ritmo.',
  'refusal.gathering-cannot-be-credited': 'No se puede acreditar el tiempo del encuentro.',
  'hint.record-who-took-part-first': 'Registra primero quién participó.',
  'refusal.rhythms-cannot-be-listed': 'No se pueden listar los ritmos.',
  'refusal.rhythm-cannot-be-shown': 'No se puede mostrar el ritmo.',
  'hint.rrule-looks-like': 'Una RRULE es algo como FREQ=WEEKLY;BYDAY=TU (RFC 5545).',
  'refusal.no-rhythm-id': 'No existe el ritmo {rhythmId}.',
  'hint.list-rhythms-see-ids': 'Lista los ritmos para ver sus identificadores.',
  'refusal.file-cannot-be-read': 'No se puede leer {path}: {reason}.',
  'hint.check-path-may-read-file': 'Comprueba la ruta y que puedes leer el archivo.',
  'refusal.file-not-imported': 'No se importó el archivo; no se registró nada.',
  'refusal.duties-cannot-be-shown': 'No se pueden mostrar las tareas.',
  'refusal.contribution-cannot-be-edited': 'No se puede editar la contribución.',
  'refusal.contributions-cannot-be-listed': 'No se pueden listar las contribuciones.',
  'refusal.contribution-cannot-be-logged': 'No se puede registrar la contribución.',
  'refusal.project-cannot-be-created': 'No se puede crear el proyecto.',
  'refusal.project-cannot-be-updated': 'No se puede actualizar el proyecto.',
  'refusal.no-such-livelihood-project': 'No existe el proyecto de sustento {projectId}.',
  'hint.list-projects-get-api-projects': 'Lista los proyectos con GET /api/projects.',
  'refusal.balances-cannot-be-shown': 'No se pueden mostrar los saldos.',
  'refusal.commons-resource-cannot-be-registered': 'No se puede registrar el recurso común.',
  'refusal.rate-cannot-be-set': 'No se puede fijar la tarifa.',
  'refusal.stage-multipliers-cannot-be-set': 'No se pueden fijar los multiplicadores de etapa.',
  'refusal.validation-rules-cannot-be-set': 'No se pueden fijar las reglas de validación.',
  'refusal.duties-cannot-be-set': 'No se pueden fijar las tareas.',
  'refusal.casual-rule-cannot-be-set': 'No se puede fijar la regla del trabajo ocasional.',
  'refusal.care-release-rule-cannot-be-set':
    'No se puede fijar la regla de liberación de cuidados.',
  'refusal.no-such-contribution': 'No existe la contribución {contributionId}.',
  'hint.list-contributions-disco-log-list-get':
    'Lista las contribuciones con `disco log --list` o GET /api/contributions.',
  'refusal.contribution-changed-meanwhile':
    'La contribución {contributionId} cambió mientras tanto (ahora está {status}).',
  'hint.reload-try-again': 'Recárgalo e inténtalo de nuevo.',
  'refusal.witness-key-not-verifier':
    'Una clave de testigo no es una clave de verificación cosignature/v1.',
  'refusal.min-witnesses-above-keys':
    '--min-witnesses {minWitnesses} pide más testigos que las {keysCount} claves dadas.',
  'hint.checkpoints-are-signed-within-seconds-write':
    'Los puntos de control se firman segundos después de cada escritura; vuelve a preguntar más tarde.',
  'refusal.only-ledger-node-signs-notes':
    'Solo el nodo que tiene la clave del registro puede firmar sus notas de punto de control.',
  'hint.ask-node-writes-ledger-get-api':
    'Pregunta al nodo que escribe este registro: GET /api/ledger/checkpoint.',
  'refusal.checkpoint-origin-unknown':
    'El origen de los puntos de control aún no está fijado y este nodo no tiene una URL pública de la que fijarlo.',
  'hint.set-disco-public-url-address-members':
    'Pon en DISCO_PUBLIC_URL la dirección que usan los miembros (p. ej. https://coop.example); el origen queda fijado para siempre.',
  'refusal.log-key-not-verifier-key': 'La clave del registro no es una clave de verificación.',
  'refusal.log-key-not-ed25519':
    'La clave del registro no es una clave de nota Ed25519 (tipo 0x01).',
  'refusal.witness-key-changed': 'Este testigo ya sigue {keyName} con otra clave.',
  'hint.log-keeps-key-if-truly-changed':
    'Un registro conserva su clave; si de verdad cambió, quítale antes la confianza con `disco witness untrust` (su historia se olvida).',
  'refusal.witness-does-not-follow-origin': 'Este testigo no sigue {origin}.',
  'refusal.public-url-not-a-url': 'DISCO_PUBLIC_URL «{publicUrl}» no es una URL.',
  'hint.set-address-members-use-e-g':
    'Pon la dirección que usan los miembros, p. ej. https://coop.example.',
  'refusal.public-url-not-http': 'DISCO_PUBLIC_URL es una URL http(s).',
  'refusal.file-problem': '{file}: {message}',
  'hint.give-evidence-file-exactly-monitor-wrote':
    'Da el archivo de pruebas tal como lo escribió el monitor.',
  'refusal.disco-cannot-be-founded': 'No se puede fundar la DisCO con estos ajustes.',
  'hint.currency-time-zone-are-recorded-genesis':
    'La moneda y la zona horaria quedan registradas en el origen y no se pueden cambiar nunca.',
  'refusal.node-settings-are-not-valid': 'Los ajustes del nodo no son válidos.',
  'hint.fix-flag-environment-variable-named-above':
    'Corrige la opción o la variable de entorno indicada arriba; docs/operations.md lista cada ajuste.',
  'hint.use-deck-served-node-api-token': 'Usa el Deck que sirve este nodo, o un token de API.',
  'refusal.csrf-token-missing':
    'Una escritura con sesión por cookie debe llevar el token CSRF de la sesión en la cabecera {CSRF_HEADER}.',
  'hint.read-csrftoken-from-get-api-auth': 'Lee csrfToken de GET /api/auth/session.',
  'refusal.csrf-token-not-this-session': 'La cabecera {CSRF_HEADER} no pertenece a esta sesión.',
  'hint.read-csrftoken-from-get-api-auth-2': 'Lee csrfToken de GET /api/auth/session de nuevo.',
  'refusal.idempotency-key-malformed':
    'La cabecera {IDEMPOTENCY_HEADER} debe tener de 1 a 200 caracteres imprimibles.',
  'hint.use-fresh-uuid-per-operation': 'Usa un UUID nuevo por operación.',
  'refusal.idempotency-key-reused': 'Este {IDEMPOTENCY_HEADER} ya se usó para otra solicitud.',
  'hint.use-fresh-key-each-new-operation': 'Usa una clave nueva para cada operación nueva.',
  'refusal.idempotent-request-still-running':
    'Una solicitud con este {IDEMPOTENCY_HEADER} aún está en curso.',
  'hint.retry-moment': 'Reinténtalo en un momento.',
  'refusal.only-signed-in-member-signs': 'Solo un miembro con sesión iniciada firma una escritura.',
  'refusal.draft-for-another-member': 'Este borrador se preparó para otro miembro.',
  'refusal.commit-differs-from-prepare':
    'Esta solicitud no es la que se preparó: una confirmación repite el mismo método, ruta, consulta y cuerpo.',
  'hint.send-exactly-prepared-request-prepare-one':
    'Envía exactamente la solicitud preparada, o prepara esta.',
  'hint.prepare-again-sign-commit': 'Prepáralo de nuevo, fírmalo y confírmalo.',
  'refusal.request-body-nested-too-deeply':
    'El cuerpo de la solicitud está anidado en exceso (más de {MAX_JSON_DEPTH} niveles de listas y objetos).',
  'hint.send-json-nested-most-max-json':
    'Envía JSON anidado como mucho {MAX_JSON_DEPTH} niveles; ninguna ruta necesita más.',
  'refusal.request-body-not-valid': 'El cuerpo de la solicitud no es válido.',
  'hint.send-well-formed-unicode-text-ud800':
    'Envía texto Unicode bien formado: un escape \\\\uD800-\\\\uDFFF solo como mitad de un par suplente (el texto UTF-8 nunca tiene uno).',
  'hint.send-seq-header-value-your-last':
    'Envía el valor de {SEQ_HEADER} con el que respondió tu última escritura, o no envíes la cabecera.',
  'refusal.authorization-not-bearer-token':
    'La cabecera Authorization debe ser `Bearer <api token>`.',
  'hint.create-token-post-api-tokens': 'Crea un token con POST /api/tokens.',
  'refusal.node-has-not-signed-checkpoint': 'El nodo aún no ha firmado ningún punto de control.',
  'hint.checkpoints-are-signed-ledger-grows-ask':
    'Los puntos de control se firman a medida que crece el registro; vuelve a preguntar más tarde.',
  'refusal.store-conflict': '{reason}',
  'refusal.membership-needs-other-decision':
    'Este cambio de membresía necesita otro tipo de decisión.',
  'refusal.distribution-run-cannot-be-committed': 'No se puede confirmar el reparto.',
  'refusal.leave-cannot-be-ended': 'No se puede terminar la baja.',
  'refusal.leave-cannot-be-recorded': 'No se puede registrar la baja.',
  'refusal.dispute-cannot-be-resolved': 'No se puede resolver la disputa.',
  'refusal.cat-document-not-in-force':
    'Este documento de parámetros del CAT no se pudo poner en vigor.',
  'refusal.cat-document-cannot-be-recorded':
    'No se puede registrar el documento de parámetros del CAT.',
  'refusal.too-many-sign-ins-account':
    'Demasiados intentos fallidos de inicio de sesión para esta cuenta; inténtalo de nuevo después del {retryAt}.',
  'refusal.too-many-sign-ins-address':
    'Demasiados intentos fallidos de inicio de sesión desde esta dirección; inténtalo de nuevo después del {retryAt}.',
  'hint.wait-minutes': 'Espera {minutes} minuto(s) antes de intentarlo de nuevo.',
  'hint.repair-run-state':
    'Ejecuta `disco distribution repair-state {runId}`: recalcula el estado desde el evento 1 y lo guarda solo si su hash es el que registró el reparto.',
  'refusal.run-not-from-state':
    'El reparto {runId} ({period}) se calculó desde el evento 1, no desde un estado registrado.',
  'hint.verify-without-from-state': 'Verifícalo sin --from-state.',
  'refusal.run-start-state-missing':
    'El reparto {runId} ({period}) dice que partió del estado del reparto que leyó el registro hasta el n.º {fromSeq} ({previous}), pero {path} no tiene ese reparto.',
  'hint.verify-from-event-1': 'Verifícalo desde el evento 1, sin --from-state.',
  'refusal.file-lacks-run-state':
    '{path} no tiene el estado del reparto {previousId} ({previousPeriod}), del que partió el reparto {runId}.',
  'hint.export-again-or-verify':
    'Exporta el registro de nuevo desde un nodo (las exportaciones llevan los estados de los repartos), o verifica desde el evento 1 sin --from-state.',
  'hint.propose-governance-parameters':
    'Propón los nuevos parámetros: POST /api/proposals con change { "kind": "policy-amendment", "governanceParameters": {...} }.',
  'hint.not-canonical':
    'Envía texto Unicode bien formado (un escape \\uD800-\\uDFFF solo como mitad de un par suplente), anidado como mucho {depth} niveles.',
  'hint.key-cannot-sign-own-revocation':
    'Una clave no puede firmar su propia revocación: firma con otra de tus claves, o envíalo sin firmar.',
  'hint.register-key-first': 'Registra antes la clave, o firma con una clave que registraste.',
  'hint.use-pg-dump':
    'Usa pg_dump y comprueba la copia con disco ledger verify (docs/operations.md, «Backups»).',
  'hint.use-pg-restore':
    'Usa pg_restore en una base de datos vacía y ejecuta disco ledger verify sobre ella (docs/operations.md, «Backups»).',
  'refusal.write-prepared': 'La escritura está preparada: firma sus intenciones y confírmala.',
  'refusal.contribution-replaced':
    'La contribución {contributionId} cambió mientras tanto: se reemplazó.',
  'refusal.contribution-replaced-by':
    'La contribución {contributionId} cambió mientras tanto: la reemplazó {newer}.',
  'hint.reload-newest': 'Recárgala y haz tu cambio sobre la versión más reciente.',
  'hint.reload-newest-id': 'Recárgala y haz tu cambio sobre la versión más reciente ({newer}).',
  'refusal.no-checkpoint-yet': 'El nodo aún no ha firmado ningún punto de control.',
  'refusal.no-checkpoint-at': 'No hay ningún punto de control con el tamaño {treeSize}.',
  'refusal.csrf-other-site': 'Se rechazan las escrituras desde otro sitio ({origin}).',
  'refusal.draft-stale':
    'Este borrador se preparó el {time}; un borrador debe confirmarse en {seconds} segundos.',
  'refusal.intent-header': '{header} debe ser `prepare` o `commit`.',
  'refusal.operator-does-not-prepare':
    'La CLI local del operador registra escrituras en nombre del nodo; no prepara ni confirma.',
  'hint.send-without-header': 'Envía la solicitud sin {header}.',
  'refusal.commit-needs-draft':
    'Una confirmación lleva el token de borrador que dio la respuesta de preparación, en {header}.',
  'hint.prepare-first': 'Envía antes la escritura con `{header}: prepare`.',
  'refusal.member-key-header': '{header} debe nombrar la clave registrada que firmó.',
  'refusal.member-sig-header':
    '{header} debe llevar una firma por intención preparada, separadas por comas, en orden.',
  'refusal.draft-not-ours': '{header} no es un token de borrador firmado por este nodo.',
  'hint.send-token-unchanged': 'Envía el token de la respuesta de preparación sin cambios.',
  'refusal.min-seq-header':
    '{header} debe ser el número de un evento (un número entero), no «{value}».',
  // El estado y el resultado de una propuesta dentro de otros mensajes.
  'proposal.status.open': 'abierta',
  'proposal.status.closed': 'cerrada',
  'proposal.status.withdrawn': 'retirada',
  'proposal.outcome.passed': 'aprobada',
  'proposal.outcome.failed': 'no aprobada',
  'proposal.outcome.no-quorum': 'sin quórum',
  'proposal.outcome.open': 'abierta',
  'proposal.outcome.winner': 'decidida',
  'proposal.outcome.tie': 'empate',
  'proposal.outcome.non-binding': 'no vinculante',
  'proposal.outcome.none': 'sin resultado',
  // Por qué no se pudo leer un archivo.
  'file.reason.not-found': 'no existe ese archivo',
  'file.reason.no-permission': 'este nodo no tiene permiso para leerlo',
  'file.reason.is-directory': 'es una carpeta, no un archivo',
  'file.reason.not-a-directory': 'una parte de la ruta no es una carpeta',
  'file.reason.too-many-open': 'hay demasiados archivos abiertos en este nodo; inténtalo de nuevo',
  'file.reason.other': 'el sistema se negó a leerlo',
  'job.failure.no-handler': 'no hay quien atienda los trabajos de tipo {kind}',
  'job.failure.webhook-removed': 'el webhook se quitó',
  'job.failure.no-answer-within': 'sin respuesta en {ms} ms',
  'job.failure.receiver-unreachable': 'no se pudo llegar al receptor',
  'job.failure.receiver-answered': 'el receptor respondió {status}',
  'job.failure.no-smtp-settings':
    'este servidor no tiene ajustes de SMTP: configura el correo en cada servidor',
  'job.failure.smtp-refused': 'el servidor de correo lo rechazó ({status})',
  'job.failure.smtp-failed': 'no se pudo llegar al servidor de correo, o falló',
  'job.failure.consistency-proof-incomplete': 'la prueba de consistencia está incompleta',
  'job.failure.witness-answered': 'el testigo respondió {status}',
  'job.failure.witness-conflict-twice': 'el testigo respondió 409 dos veces seguidas',
  'job.failure.witness-refused': 'el testigo {witness} se negó: {reason}',
  'job.failure.witness-holds-more':
    'el testigo tiene un punto de control cofirmado de {oldSize} eventos, más que el último punto de control de este registro ({size})',
  'job.failure.witness-status': 'respondió {status}',
  'job.failure.witness-no-cosignature':
    'el testigo respondió 200 sin una cofirma válida de su clave',
  'job.failure.inbox-answered': '{inbox} respondió {status}',
  'job.failure.federation-not-configured': 'la federación no está configurada en este nodo',
  'job.failure.waiting-for-cosigned-checkpoint':
    'esperando un punto de control que cubra el evento {seq}, cofirmado por el testigo de {peer} y por tantos testigos como exija',
  'file.export.not-json': 'no es JSON',
  'file.export.no-header': 'no tiene la cabecera {format}',
  'file.export.header-without-size': 'es una cabecera sin un tamaño en número entero',
  'file.export.header-without-ids': 'es una cabecera sin ledgerId ni nodeKey',
  'file.export.bad-cosignatures': 'tiene cofirmas sin origin, treeSize y lines',
  'file.export.neither-checkpoint-nor-event': 'no es ni un punto de control ni un evento',
  'file.export.empty': 'falta (el archivo está vacío)',
  'file.export.event-not-object': 'tiene un evento que no es un objeto',
  'file.export.bad-run-state': 'tiene un estado de reparto sin runId y state',
  'file.export.bad-run-state-chunk': 'tiene un trozo de estado de reparto sin hash y chunk',
  'refusal.file-not-json': 'No se puede leer {path} como JSON: {reason}.',
  'refusal.file-not-json-object': '{path} no contiene un objeto JSON.',
  'file.json.empty': 'el archivo está vacío',
  'file.json.breaks-near':
    'no se puede leer cerca de su carácter {at}; revisa sus comillas, comas y corchetes',
  'file.json.cannot-be-read': 'no se puede leer; revisa sus comillas, comas y corchetes',
  'hint.give-evidence-file-alarm-printed':
    'Da la ruta del archivo de pruebas que escribió la alarma.',
  'hint.see-distribution-doc-parameters':
    'Mira docs/distribution.md para un ejemplo de documento de parámetros.',
  // Por qué no se pudo leer otra DisCO.
  'peer.reason.not-a-url': '{url} no es una URL',
  'peer.reason.only-https': 'se rechaza {url}: solo https',
  'peer.reason.cannot-resolve': 'no se puede resolver {host}',
  'peer.reason.private-address': 'se rechaza {host}: resuelve a la dirección privada {address}',
  'peer.reason.no-answer-in-time': '{origin} no respondió en {ms} ms',
  'peer.reason.unreachable': 'no se pudo llegar a {origin}',
  'peer.reason.redirected-too-often': '{origin} redirigió demasiadas veces',
  'peer.reason.declared-too-large':
    '{origin} respondió {bytes} bytes, más de los {max} que se leen',
  'peer.reason.sent-too-much': '{origin} envió más de los {max} bytes que se leen',
  'peer.reason.unfinished': '{origin} no terminó de responder en {ms} ms',
  'peer.reason.broke-off': '{origin} cortó su respuesta',
  'peer.reason.answered-status': '{url} respondió {status}',
  'peer.reason.not-json': '{url} respondió algo que no es JSON',
  'peer.reason.no-actor-in-webfinger': 'su WebFinger no nombra ningún actor de ActivityPub',
  'peer.reason.actor-lacks-inbox':
    'a su documento de actor le falta un id o una bandeja de entrada',
  'peer.reason.actor-other-id': 'su documento de actor nombra otro id',
  // Por qué un registro no se verifica.
  'ledger.fault.gap': 'falta un evento',
  'ledger.fault.size-mismatch': 'contiene otro número de eventos del que dice',
  'ledger.fault.bad-format': 'un evento no tiene el formato del registro',
  'ledger.fault.broken-link': 'un evento no nombra el hash del anterior',
  'ledger.fault.hash-mismatch': 'el hash de un evento no corresponde a su contenido',
  'ledger.fault.bad-genesis': 'el primer evento no es un génesis válido',
  'ledger.fault.header-mismatch': 'la cabecera del archivo no corresponde a sus eventos',
  'ledger.fault.bad-payload': 'el contenido de un evento no corresponde a su tipo',
  'ledger.fault.bad-signature': 'la firma del nodo en un evento no se verifica',
  'ledger.fault.bad-member-key':
    'la firma de miembro de un evento usa una clave que no habla por quien actúa: {reason}',
  'ledger.member-key.unregistered': 'ningún evento anterior registra la clave {key}',
  'ledger.member-key.of-another-member':
    'la clave {key} es del miembro {owner}, pero quien actúa es {actor}',
  'ledger.member-key.on-node-event':
    'la clave {key} es del miembro {owner}, pero quien actúa es el propio nodo',
  'ledger.member-key.revoked': 'la clave {key} se revocó en el evento {seq}',
  'ledger.member-key.revokes-itself':
    'la clave {key} firma su propia revocación, que rige desde ese mismo evento',
  'ledger.fault.bad-member-signature': 'la firma de un miembro en un evento no se verifica',
  'ledger.fault.merkle-node-mismatch':
    'un nodo guardado del árbol de Merkle no corresponde a los eventos',
  'ledger.fault.chain-head-mismatch':
    'la cabeza registrada de la cadena no corresponde a su último evento',
  'ledger.fault.checkpoint-mismatch': 'un punto de control no corresponde al árbol',
  'ledger.fault.bad-checkpoint-signature': 'la firma de un punto de control no se verifica',
} satisfies Record<keyof typeof en, string>;
