/* What the ledger's algorithms say (run explanations, tallies, the Sankey's nodes, the activity feed) in Spanish: see catalogue.ts. */

import type { en } from './outcome-catalogue.en.js';

export const es = {
  'run.floor.full': 'Mínimo: {basis}; pagado antes de repartir los fondos = {amount}',
  'run.floor.full-limited':
    'Mínimo: {basis}, {limit}; pagado antes de repartir los fondos = {amount}',
  'run.floor.shared':
    'Mínimo: {basis} = {demandAmount}, pero todos los mínimos juntos ({allFloorsAmount}) superan la liquidez neta {liquidityAmount}, así que se reparten a prorrata: {demandAmount} de {allFloorsAmount} = {amount}',
  'run.floor.shared-limited':
    'Mínimo: {basis}, {limit} = {demandAmount}, pero todos los mínimos juntos ({allFloorsAmount}) superan la liquidez neta {liquidityAmount}, así que se reparten a prorrata: {demandAmount} de {allFloorsAmount} = {amount}',
  'run.floor-basis.own': 'mínimo propio {floorAmount}',
  'run.floor-basis.default': 'el mínimo {floorAmount}',
  'run.floor-basis.smoothing-leave':
    'mínimo de suavizado {floorAmount} ({percent} del pago medio {averageAmount} de los últimos {periods} periodo(s), durante una baja)',
  'run.floor-basis.smoothing-leave-dates':
    'mínimo de suavizado {floorAmount} ({percent} del pago medio {averageAmount} de los últimos {periods} periodo(s), durante una baja {leaves})',
  'run.leave.from-to': 'del {from} al {to}',
  'run.leave.open': 'desde el {from} (aún sin fecha de fin)',
  'run.floor-basis.smoothing-care':
    'mínimo de suavizado {floorAmount} ({percent} del pago medio {averageAmount} de los últimos {periods} periodo(s), por una carga alta de cuidados)',
  'run.floor-basis.smoothing-care-hours':
    'mínimo de suavizado {floorAmount} ({percent} del pago medio {averageAmount} de los últimos {periods} periodo(s), por una carga alta de cuidados: {hours} horas de cuidados registradas, umbral {threshold})',
  'run.limit.cap': 'limitado al tope {capAmount}',
  'run.limit.claims': 'limitado a lo adeudado {claimsAmount}',
  'run.pot.full':
    'El fondo «{pot}» de {potAmount} cubre los {allClaimsAmount} adeudados en él: {amount} pagado por completo',
  'run.pot.shared':
    'El fondo «{pot}» de {potAmount} se reparte a prorrata de lo adeudado: {claimsAmount} de {allClaimsAmount} en total = {amount}',
  'run.rounding.floors': 'Redondeo de los mínimos: +{amount} (mayor resto)',
  'run.rounding.pot': 'Redondeo en el fondo «{pot}»: +{amount} (mayor resto)',
  'run.rounding.overflow': 'Redondeo del excedente: +{amount} (mayor resto)',
  'run.cap':
    'Tope de {capAmount} por periodo: se retiran {cutAmount} del fondo «{pot}» (se sigue debiendo)',
  'run.overflow.full':
    'Excedente: el dinero no gastado de los fondos, {overflowAmount}, cubre los {allWeightsAmount} que aún se pueden recibir: {amount} pagado por completo',
  'run.overflow.shared':
    'Excedente: el dinero no gastado de los fondos, {overflowAmount}, se reparte a prorrata de lo que aún se puede recibir (deudas pendientes, dentro de los topes): {weightAmount} de {allWeightsAmount} = {amount}',
  'run.paid-claims.one': 'Pagado de lo más antiguo a lo más reciente: 1 deuda, del {from}',
  'run.paid-claims.many':
    'Pagado de lo más antiguo a lo más reciente: {count} deudas, del {from} al {to}',
  'run.total': 'Total pagado {paidAmount}; se sigue debiendo tras este reparto {owedAmount}',
  'unpaid.claims-not-reached':
    'Sin pago: el dinero de este reparto no llegó a las deudas pendientes de {claimsAmount} (se siguen debiendo)',
  'unpaid.historical-care':
    'Sin pago: el trabajo de cuidados hecho en periodo de cortejo ({historicalAmount}) es histórico y solo se paga cuando ese periodo termina',
  'unpaid.casual-not-payable':
    'Sin pago: el trabajo ocasional ({recordedAmount}) se registra pero la regla del trabajo ocasional no lo paga',
  'unpaid.on-leave': 'Sin pago: de baja, sin deudas pendientes ni mínimo de suavizado',
  'unpaid.no-claims': 'Sin pago: no hay deudas pendientes en el periodo',
  'tally.binding.one': '1 papeleta vinculante (peso total {weight}).',
  'tally.binding.many': '{ballots} papeletas vinculantes (peso total {weight}).',
  'tally.non-binding.one':
    '1 papeleta no vinculante (peso total {weight}) se muestra junto al resultado, sin decidirlo.',
  'tally.non-binding.many':
    '{ballots} papeletas no vinculantes (peso total {weight}) se muestran junto al resultado, sin decidirlo.',
  'tally.set-aside': 'Papeleta de {memberId} apartada: {problems}.',
  'tally.no-binding': 'No se emitió ninguna papeleta vinculante, así que no se decide nada.',
  'tally.quorum-not-met':
    'Quórum no alcanzado en {missing}: los recuentos anteriores se muestran, pero no deciden nada.',
  'tally.quorum-missing': '{constituency} ({participated} de {eligible}, hacían falta {required})',
  'tally.delegated': '{count} contadas por delegación.',
  'tally.unopened':
    '{count} papeleta(s) secreta(s) no se pudieron abrir (el nodo perdió sus aperturas) y no se contaron.',
  'tally.objection': '{label} de {memberId} {state}{resolution}: «{reason}».',
  'tally.label.objection': 'Objeción',
  'tally.label.non-binding-objection': 'Objeción no vinculante',
  'tally.label.block': 'Bloqueo',
  'tally.label.non-binding-block': 'Bloqueo no vinculante',
  'tally.objection-state.standing': 'sigue en pie',
  'tally.objection-state.withdrawn': 'se retiró',
  'tally.objection-state.resolved': 'se resolvió',
  'tally.resolution': ' ({text})',
  'tally.option-count': '{option} {count}',
  'tally.shown': 'Se muestra, sin decidir: {counts}.',
  'tally.winner': 'Gana: {option}.',
  'tally.tie': 'Empate entre {options}.',
  'tally.tie-break':
    'Hace falta una sola opción ganadora, así que el empate se resuelve a favor de la primera en {order}: {option}.',
  'tally.order.given': 'el orden de desempate indicado',
  'tally.order.proposal': 'el orden de opciones de la propuesta',
  'tally.yes-no':
    'Sí {yes}, no {no}, abstención {abstain} (las abstenciones cuentan como participación, no en la proporción).',
  'tally.shown-yes-no': 'Se muestra, sin decidir: {counts}',
  'tally.majority.all-abstained':
    'Todo el mundo se abstuvo: sin votos de sí o no, la propuesta no puede aprobarse.',
  'tally.majority.even':
    'Hay tantos sí como no; una mayoría necesita más sí que no, así que la propuesta no se aprueba.',
  'tally.majority.passed':
    'El sí tiene el {share} de los votos de sí y no: la propuesta se aprueba.',
  'tally.majority.failed':
    'El sí tiene el {share} de los votos de sí y no: la propuesta no se aprueba.',
  'tally.consent.counts':
    'Consentimientos {consent}; objeciones en pie {standing}, retiradas {withdrawn}, resueltas {resolved}.',
  'tally.consent.passes': 'No queda ninguna objeción en pie: la propuesta se aprueba.',
  'tally.consent.one-stands':
    'Una objeción sigue en pie: la propuesta no se aprueba hasta que se resuelva o se retire.',
  'tally.consent.many-stand':
    '{count} objeciones siguen en pie: la propuesta no se aprueba hasta que se resuelvan o se retiren.',
  'tally.consent.shown':
    'Se muestra, sin decidir: consentimientos {consent}, objeciones en pie {standing}.',
  'tally.approval.counts': 'Aprobaciones: {counts}.',
  'tally.dot.counts': 'Puntos ({dots} por votante, por el peso de la papeleta): {counts}.',
  'tally.dot.counts-capped':
    'Puntos ({dots} por votante, como mucho {maxPerOption} por opción, por el peso de la papeleta): {counts}.',
  'tally.score.total': 'Puntuaciones de {min} a {max}, gana el total más alto: {counts}.',
  'tally.score.mean':
    'Puntuaciones de {min} a {max}, gana la media más alta entre quienes la puntuaron: {counts}.',
  'tally.score.unscored': '{option} sin puntuar',
  'tally.score.option-mean': '{option} media {total}/{raters} (unos {mean})',
  'tally.irv.round': 'Ronda {round}: {counts} ({inPlay} en juego, {exhausted} agotadas). {then}',
  'tally.irv.only-left': '{option} es la única opción que queda y gana.',
  'tally.irv.majority':
    '{option} tiene más de la mitad de los votos en juego ({votes} de {inPlay}) y gana.',
  'tally.irv.all-tied':
    'Todas las opciones que quedan tienen {votes} votos y tuvieron {first} primeras preferencias, así que solo un orden arbitrario podría destacar una: empate.',
  'tally.irv.elimination': '{eliminated}; {transfers}.',
  'tally.irv.fewest': '{option} queda eliminada (menos votos)',
  'tally.irv.fewest-first':
    '{options} empatan con menos votos ({votes}); {option} tuvo menos primeras preferencias en la ronda 1 ({first}), así que {option} queda eliminada',
  'tally.irv.order-some':
    '{options} empatan con menos votos ({votes}) y {fewestOptions} con menos primeras preferencias ({first}); {option} va última en {order}, así que {option} queda eliminada',
  'tally.irv.order-all':
    '{options} empatan con menos votos ({votes}) y primeras preferencias ({first}); {option} va última en {order}, así que {option} queda eliminada',
  'tally.irv.transfers': 'sus votos pasan a: {counts}',
  'tally.irv.to-exhausted': 'ninguna otra preferencia (agotadas) {count}',
  'tally.irv.no-transfers': 'no tenía votos que pasar',
  'tally.irv.shown':
    'Se muestra, sin decidir: primeras preferencias {counts}; contadas solas, estas papeletas terminarían con {options}.',
  'tally.schulze.pairwise':
    'Por pares: cuánto peso situó cada opción (fila) por encima de cada otra opción:',
  'tally.schulze.paths':
    'Caminos más fuertes (un camino es una cadena de victorias por pares; su fuerza es la de su victoria más débil):',
  'tally.schulze.row': '  {option}: {counts}',
  'tally.schulze.winner':
    '{option} tiene un camino al menos tan fuerte como el de vuelta frente a cada otra opción: {paths}.',
  'tally.schulze.path': '{option}→{other} {strength} frente a {other}→{option} {back}',
  'tally.schulze.shown':
    'Se muestra, sin decidir: contadas solas, estas papeletas darían el conjunto ganador de Schulze {options}.',
  'tally.sense-check.response': '{option} {count} ({share})',
  'tally.sense-check.responses': 'Respuestas: {counts}.',
  'tally.sense-check.note': 'Un sondeo de opinión toma el pulso al grupo; no decide nada.',
  'tally.lazy.counts':
    'Apoyos registrados {support}; objeciones en pie {standing}, retiradas {withdrawn}, resueltas {resolved}.',
  'tally.lazy.open-standing':
    'El plazo ({deadline}) no ha vencido: por ahora una objeción sigue en pie.',
  'tally.lazy.open-clear':
    'El plazo ({deadline}) no ha vencido: no hay objeciones por ahora, así que se aprobará salvo que alguien se oponga.',
  'tally.lazy.fails': 'Una objeción sigue en pie al vencer el plazo: la propuesta no se aprueba.',
  'tally.lazy.passes':
    'No queda ninguna objeción en pie al vencer el plazo; el silencio cuenta como asentimiento: la propuesta se aprueba.',
  'tally.consensus.counts':
    'De acuerdo {agree}, se hacen a un lado {standAside}, bloqueos en pie {standing}, bloqueos levantados {lifted}.',
  'tally.consensus.blocked': 'Un bloqueo sigue en pie: no hay consenso.',
  'tally.consensus.reached': 'No queda ningún bloqueo en pie: hay consenso.',
  'tally.consensus.share-reached':
    'No queda ningún bloqueo en pie. Los acuerdos deben ser al menos {share} de todas las respuestas ({needed} de {total}); hay {agree}: hay consenso.',
  'tally.consensus.share-missed':
    'No queda ningún bloqueo en pie. Los acuerdos deben ser al menos {share} de todas las respuestas ({needed} de {total}); hay {agree}: demasiadas personas se hicieron a un lado, no hay consenso.',
  'tally.consensus.shown':
    'Se muestra, sin decidir: de acuerdo {agree}, se hacen a un lado {standAside}, bloqueos en pie {standing}.',
  'tally.supermajority.no-base':
    'Ningún voto cuenta para el umbral, así que la propuesta no puede aprobarse.',
  'tally.supermajority.threshold':
    'Umbral: {comparison} {share} {base}, es decir {needed} de {total}; el sí tiene {yes}: la propuesta {result}.',
  'tally.supermajority.at-least': 'al menos',
  'tally.supermajority.more-than': 'más de',
  'tally.supermajority.base-decisive': 'de los votos de sí y no',
  'tally.supermajority.base-all': 'de todos los votos emitidos, abstenciones incluidas',
  'tally.supermajority.passed': 'se aprueba',
  'tally.supermajority.failed': 'no se aprueba',
  'tally.meeting.heading': 'Franjas, de mejor a peor (más sí, luego más «si hace falta»):',
  'tally.meeting.slot':
    '{rank}. {option}: sí {yes}, si hace falta {ifNeedBe}, no {no}, sin marcar {unmarked}.',
  'tally.meeting.shown': 'Se muestra, sin decidir:',
  'flow.source.client': 'Pagos de clientes',
  'flow.source.grant': 'Subvenciones',
  'flow.source.donation': 'Donaciones',
  'flow.source.solidarity': 'Solidaridad de DisCOs federadas',
  'flow.source.other': '{source}',
  'flow.income': 'Ingresos de {period} (sin comisiones)',
  'flow.bucket': '{bucket}',
  'flow.pot': '{pot}',
  'flow.member': '{memberId}',
  'flow.retained': 'Retenido en {bucket}',
  'flow.solidarity.from': 'Solidaridad de {disco}',
  'flow.solidarity.to': 'Solidaridad a {disco}',
  'flow.solidarity.buckets': 'Solidaridad pagada de los fondos',
  'run.appreciation.shared':
    'Agradecimientos: {percent} del fondo «{pot}» ({poolAmount}) repartido según los agradecimientos recibidos: {thanks} de {allThanks} = {amount}',
  'run.appreciation.limited':
    'Agradecimientos: {percent} del fondo «{pot}» ({poolAmount}) repartido según los agradecimientos recibidos: {thanks} de {allThanks} = {shareAmount}, limitado a lo que se puede pagar (reclamaciones abiertas en el fondo, dentro del tope) = {amount}; el resto se queda en el fondo',
  'run.income.mutual-credit':
    'Los ingresos repartidos incluyen {creditAmount} recibidos en crédito mutuo de DisCOs federadas ({count} transferencias), como los cuentan los parámetros del CAT',
  // Actividad y búsqueda (issue 17).
  'activity.commons-updated': '{memberId} cambió un recurso del procomún',
  'activity.commons-withdrawn': '{memberId} retiró un recurso del procomún',
  'activity.evaluation-opened': '{memberId} abrió la evaluación de {quarter}',
  'activity.evaluation-reflected': '{memberId} añadió una reflexión a una evaluación',
  'activity.evaluation-closed': '{memberId} cerró una evaluación',
  'activity.solidarity-offered': '{memberId} ofreció {amount} en solidaridad a {peer}',
  'activity.solidarity-offer-received': '{peer} ofreció {amount} en solidaridad',
  'activity.solidarity-accepted': '{memberId} aceptó la solidaridad de {peer}',
  'activity.solidarity-receipted': '{peer} confirmó una transferencia solidaria',
  'activity.solidarity-cancelled': 'Se canceló una transferencia solidaria con {peer}',
  'activity.solidarity-refunded':
    'Se devolvió una transferencia solidaria que {peer} retiró después de aceptarla',
  'activity.solidarity-refund-receipted':
    '{peer} devolvió una transferencia solidaria retirada después de aceptarla',
  'activity.credit-line-set': '{memberId} fijó la línea de crédito con {peer}',
  'activity.credit-transfer': 'Se movió crédito mutuo con {peer}',
  'activity.federation-follow-decided': 'La DisCO decidió seguir a {peer}',
  'activity.federation-unfollow-decided': 'La DisCO decidió dejar de seguir a {peer}',
  'activity.federation-follow-received': '{peer} pidió seguir a la DisCO',
  'activity.federation-follow-accepted': '{peer} aceptó a la DisCO como seguidora',
  'activity.federation-unfollow-received': '{peer} dejó de seguir a la DisCO',
  'activity.node-recorded': 'El nodo registró un cambio',
  'activity.ledger-started': 'Comenzó el registro de {name}',
  'activity.disco-renamed': 'La DisCO pasó a llamarse {name}',
  'activity.constituency-defined': '{memberId} definió el grupo {name}',
  'activity.constituency-rights-changed': '{memberId} cambió los derechos del grupo {constituency}',
  'activity.member-added': '{memberId} se unió a la DisCO',
  'activity.member-level-changed': '{memberId} pasó a un nuevo nivel de membresía',
  'activity.member-left': '{memberId} dejó la DisCO',
  'activity.member-returned': '{memberId} volvió a la DisCO',
  'activity.member-constituency-joined': '{memberId} entró en el grupo {constituency}',
  'activity.member-constituency-left': '{memberId} salió del grupo {constituency}',
  'activity.mentor-assigned': '{memberId} tiene una nueva mentora',
  'activity.mentor-removed': 'Una mentora de {memberId} se retiró',
  'activity.milestone-recorded': '{memberId} alcanzó el hito «{title}»',
  'activity.commitment-recorded': '{memberId} registró su compromiso',
  'activity.key-registered': '{memberId} registró una clave de firma',
  'activity.key-revoked': 'Se revocó una clave de firma de {memberId}',
  'activity.leave-recorded': '{memberId} está de permiso desde el {from}',
  'activity.leave-ended': 'El permiso de {memberId} termina el {lastDay}',
  'activity.circle-created': '{memberId} creó el círculo {circle}',
  'activity.circle-joined': '{memberId} se unió al círculo {circle}',
  'activity.circle-left': '{memberId} dejó el círculo {circle}',
  'activity.steward-appointed': '{memberId} pasó a ser responsable del círculo {circle}',
  'activity.stewardship-ended': '{memberId} ya no es responsable del círculo {circle}',
  'activity.quantity.hours': '{quantity} h',
  'activity.quantity.other': '{quantity} {unit}',
  'activity.stream.livelihood': 'sustento',
  'activity.stream.love': 'amor',
  'activity.stream.care': 'cuidados',
  'activity.contribution-logged': '{memberId} registró {quantity} de trabajo de {stream}',
  'activity.contribution-logged-in-circle':
    '{memberId} registró {quantity} de trabajo de {stream} en el círculo {circle}',
  'activity.contribution-corrected': '{memberId} corrigió una contribución',
  'activity.contribution-acknowledged': '{memberId} reconoció una contribución',
  'activity.contribution-disputed': '{memberId} impugnó una contribución',
  'activity.dispute-withdrawn': '{memberId} retiró una impugnación',
  'activity.dispute-resolved': 'Se resolvió una impugnación de una contribución',
  'activity.value-rules-changed': '{memberId} cambió las reglas de valor',
  'activity.project-created': '{memberId} inició el proyecto de sustento «{name}»',
  'activity.project-updated': '{memberId} actualizó un proyecto de sustento',
  'activity.commons-registered': '{memberId} añadió «{title}» al procomún',
  'activity.proposal-opened': '{memberId} abrió la propuesta «{proposal}»',
  'activity.proposal-amended': '{memberId} modificó la propuesta «{proposal}»',
  'activity.proposal-withdrawn': '{memberId} retiró la propuesta «{proposal}»',
  'activity.ballot-cast': '{memberId} votó en «{proposal}»',
  'activity.ballot-sealed': 'Se emitió un voto sellado en «{proposal}»',
  'activity.ballots-revealed': 'Se abrieron los votos sellados de «{proposal}»',
  'activity.proposal-closed': 'Terminó la votación de «{proposal}»',
  'activity.outcome-stated': '{memberId} expuso el resultado de «{proposal}»',
  'activity.comment-posted': '{memberId} comentó en «{proposal}»',
  'activity.comment-edited': '{memberId} editó un comentario en «{proposal}»',
  'activity.comment-reaction': '{memberId} reaccionó a un comentario en «{proposal}»',
  'activity.governance-parameters-set': 'Cambiaron los parámetros de gobernanza',
  'activity.delegation-set': '{memberId} delegó su voto',
  'activity.delegation-revoked': '{memberId} retiró una delegación',
  'activity.income-recorded': '{memberId} registró un ingreso de {amount}',
  'activity.expense-recorded': '{memberId} registró un gasto de {amount}',
  'activity.cat-parameters-set': 'Cambiaron los parámetros del CAT',
  'activity.run-committed': 'Se cerró el reparto de {period}',
  'activity.payout-recorded': 'Se pagó {amount} a {memberId}',
  'activity.rhythm-created': '{memberId} creó el ritmo «{name}»',
  'activity.rhythm-changed': '{memberId} cambió el ritmo «{name}»',
  'activity.rhythm-ended': '{memberId} terminó un ritmo',
  'activity.attendance-recorded': '{memberId} registró quién participó en un encuentro ({count})',
  'activity.gathering-credited':
    '{memberId} acreditó como cuidados el tiempo de un encuentro ({count})',
  'activity.thanks-given': '{memberId} recibió un agradecimiento',
} satisfies Record<keyof typeof en, string>;
