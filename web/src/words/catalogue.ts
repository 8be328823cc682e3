/*
 * The server's message codes (src/core/messages/codes.ts) in the Deck's languages. Templates use
 * `{name}` for a parameter; `render.ts` formats money, members, percents and dates first. A test
 * fails when a code the server can emit is missing here, in either language, or when a template
 * names parameters the code does not have.
 */

export const catalogue = {
  en: {
    'run.floor.full': 'Floor: {basis}; paid before the pots are shared = {amount}',
    'run.floor.full-limited': 'Floor: {basis}, {limit}; paid before the pots are shared = {amount}',
    'run.floor.shared':
      'Floor: {basis} = {demandAmount}, but all floors together ({allFloorsAmount}) exceed the net liquidity {liquidityAmount}, so floors are shared pro rata: {demandAmount} of {allFloorsAmount} = {amount}',
    'run.floor.shared-limited':
      'Floor: {basis}, {limit} = {demandAmount}, but all floors together ({allFloorsAmount}) exceed the net liquidity {liquidityAmount}, so floors are shared pro rata: {demandAmount} of {allFloorsAmount} = {amount}',
    'run.floor-basis.own': 'own floor {floorAmount}',
    'run.floor-basis.default': 'the floor {floorAmount}',
    'run.floor-basis.smoothing-leave':
      'smoothing floor {floorAmount} ({percent} of the average payout {averageAmount} over the last {periods} period(s), while on leave)',
    'run.floor-basis.smoothing-leave-dates':
      'smoothing floor {floorAmount} ({percent} of the average payout {averageAmount} over the last {periods} period(s), while on leave {leaves})',
    'run.leave.from-to': 'from {from} to {to}',
    'run.leave.open': 'from {from} (no end date yet)',
    'run.floor-basis.smoothing-care':
      'smoothing floor {floorAmount} ({percent} of the average payout {averageAmount} over the last {periods} period(s), while carrying heavy care work)',
    'run.floor-basis.smoothing-care-hours':
      'smoothing floor {floorAmount} ({percent} of the average payout {averageAmount} over the last {periods} period(s), while carrying heavy care work: {hours} hours of care logged, threshold {threshold})',
    'run.limit.cap': 'limited to the cap {capAmount}',
    'run.limit.claims': 'limited to the claims {claimsAmount}',
    'run.pot.full':
      'Pot "{pot}" {potAmount} covers all {allClaimsAmount} of claims in it: claims {amount} paid in full',
    'run.pot.shared':
      'Pot "{pot}" {potAmount} shared pro rata to claims: claims {claimsAmount} of {allClaimsAmount} in total = {amount}',
    'run.rounding.floors': 'Rounding of the floors: +{amount} (largest remainder)',
    'run.rounding.pot': 'Rounding in pot "{pot}": +{amount} (largest remainder)',
    'run.rounding.overflow': 'Rounding of the overflow: +{amount} (largest remainder)',
    'run.cap':
      'Cap {capAmount} per period: {cutAmount} taken back from pot "{pot}" (it stays owed)',
    'run.overflow.full':
      'Overflow: unspent pot money {overflowAmount} covers all {allWeightsAmount} that members can still receive: {amount} paid in full',
    'run.overflow.shared':
      'Overflow: unspent pot money {overflowAmount} shared pro rata to what members can still receive (unpaid claims, within caps): {weightAmount} of {allWeightsAmount} = {amount}',
    'run.paid-claims.one': 'Paid oldest first: 1 claim, earned on {from}',
    'run.paid-claims.many': 'Paid oldest first: {count} claims, earned from {from} to {to}',
    'run.total': 'Total paid {paidAmount}; still owed after this run {owedAmount}',
    'unpaid.claims-not-reached':
      'Nothing paid: the money of this run did not reach the open claims of {claimsAmount} (they stay owed)',
    'unpaid.historical-care':
      'Nothing paid: care work done while dating ({historicalAmount}) is historical, payable only once dating ends',
    'unpaid.casual-not-payable':
      'Nothing paid: casual work ({recordedAmount}) is recorded but not payable under the casual rule',
    'unpaid.on-leave': 'Nothing paid: on leave with no open claims and no smoothing floor',
    'unpaid.no-claims': 'Nothing paid: no open claims in the period',
    'problem.invalid-input': 'The request is not valid.',
    'problem.refused': 'The request was refused.',
    'problem.not-found': 'Not found.',
    'problem.conflict':
      'The ledger changed or is in a state that does not allow this; reload and try again.',
    'problem.forbidden': 'You are not allowed to do this.',
    'field.required': 'required',
    'field.unknown': 'unknown field "{name}"; remove it',
    'field.too-small': 'must be at least {minimum}',
    'field.too-big': 'must be at most {maximum}',
    'field.invalid-format': 'not a valid {format}',
    'field.invalid-type': 'must be a {expected}',
    'value.hours-per-day':
      '{memberId} would log {hours} hours on {date} ({already} already logged + {adding} here), over the limit of {limit} hours per member per calendar day',
    'proposal.deadline-past': 'must be after {now}',
    'proposal.no-such-member': 'there is no such member',
    'member.timeline-required': 'fast-track, agile or long-run',
    'distribution.payout-over-owed':
      '{amount} is more than the run of {period} still owes this member ({owedAmount})',
    'member.not-in-circle': 'not a member of this circle',
    'member.not-in-constituency': 'not a member of this constituency',
    'tally.binding.one': '1 binding ballot (total weight {weight}).',
    'tally.binding.many': '{ballots} binding ballots (total weight {weight}).',
    'tally.non-binding.one':
      '1 non-binding ballot (total weight {weight}) shown beside the result but not deciding it.',
    'tally.non-binding.many':
      '{ballots} non-binding ballots (total weight {weight}) shown beside the result but not deciding it.',
    'tally.set-aside': 'Ballot of {memberId} set aside: {problems}.',
    'tally.no-binding': 'No binding ballots were cast, so nothing is decided.',
    'tally.quorum-not-met':
      'Quorum not met in {missing}: the counts above are shown but decide nothing.',
    'tally.quorum-missing': '{constituency} ({participated} of {eligible}, {required} needed)',
    'tally.delegated': '{count} counted through delegation.',
    'tally.unopened':
      '{count} sealed ballot(s) could not be opened (the node lost their openings) and were not counted.',
    'tally.objection': '{label} from {memberId} {state}{resolution}: "{reason}".',
    'tally.label.objection': 'Objection',
    'tally.label.non-binding-objection': 'Non-binding objection',
    'tally.label.block': 'Block',
    'tally.label.non-binding-block': 'Non-binding block',
    'tally.objection-state.standing': 'stands',
    'tally.objection-state.withdrawn': 'was withdrawn',
    'tally.objection-state.resolved': 'was resolved',
    'tally.resolution': ' ({text})',
    'tally.option-count': '{option} {count}',
    'tally.shown': 'Shown, not binding: {counts}.',
    'tally.winner': 'Winner: {option}.',
    'tally.tie': 'Tie between {options}.',
    'tally.tie-break':
      'A single winner is required, so the tie goes to the option first in {order}: {option}.',
    'tally.order.given': 'the given tie-break order',
    'tally.order.proposal': "the proposal's option order",
    'tally.yes-no':
      'Yes {yes}, no {no}, abstain {abstain} (abstentions count as taking part, not in the ratio).',
    'tally.shown-yes-no': 'Shown, not binding: {counts}',
    'tally.majority.all-abstained':
      'Everyone abstained: with no yes or no votes the proposal cannot pass.',
    'tally.majority.even':
      'Yes and no are equal; a majority needs more yes than no, so the proposal fails.',
    'tally.majority.passed': 'Yes has {share} of the yes and no votes: the proposal passed.',
    'tally.majority.failed': 'Yes has {share} of the yes and no votes: the proposal failed.',
    'tally.consent.counts':
      'Consent {consent}; objections standing {standing}, withdrawn {withdrawn}, resolved {resolved}.',
    'tally.consent.passes': 'No objection stands: the proposal passes.',
    'tally.consent.one-stands':
      'An objection stands: the proposal does not pass until it is resolved or withdrawn.',
    'tally.consent.many-stand':
      '{count} objections stand: the proposal does not pass until they are resolved or withdrawn.',
    'tally.consent.shown': 'Shown, not binding: consent {consent}, objections standing {standing}.',
    'tally.approval.counts': 'Approvals: {counts}.',
    'tally.dot.counts': 'Dots ({dots} per voter, times ballot weight): {counts}.',
    'tally.dot.counts-capped':
      'Dots ({dots} per voter, at most {maxPerOption} per option, times ballot weight): {counts}.',
    'tally.score.total': 'Scores from {min} to {max}, highest total wins: {counts}.',
    'tally.score.mean':
      'Scores from {min} to {max}, highest mean among those who scored it wins: {counts}.',
    'tally.score.unscored': '{option} unscored',
    'tally.score.option-mean': '{option} mean {total}/{raters} (about {mean})',
    'tally.irv.round': 'Round {round}: {counts} ({inPlay} in play, {exhausted} exhausted). {then}',
    'tally.irv.only-left': '{option} is the only option left and wins.',
    'tally.irv.majority':
      '{option} has more than half of the votes in play ({votes} of {inPlay}) and wins.',
    'tally.irv.all-tied':
      'Every remaining option has {votes} votes and had {first} first preferences, so only an arbitrary order could single one out: a tie.',
    'tally.irv.elimination': '{eliminated}; {transfers}.',
    'tally.irv.fewest': '{option} eliminated (fewest votes)',
    'tally.irv.fewest-first':
      '{options} tie for fewest votes ({votes}); {option} had the fewest first preferences in round 1 ({first}), so {option} is eliminated',
    'tally.irv.order-some':
      '{options} tie for fewest votes ({votes}) and {fewestOptions} for fewest first preferences ({first}); {option} comes last in {order}, so {option} is eliminated',
    'tally.irv.order-all':
      '{options} tie for fewest votes ({votes}) and first preferences ({first}); {option} comes last in {order}, so {option} is eliminated',
    'tally.irv.transfers': 'its votes go to: {counts}',
    'tally.irv.to-exhausted': 'no further choice (exhausted) {count}',
    'tally.irv.no-transfers': 'it had no votes to pass on',
    'tally.irv.shown':
      'Shown, not binding: first preferences {counts}; counted alone these ballots would end with {options}.',
    'tally.schulze.pairwise':
      'Pairwise: how much weight ranked each option (row) above each other option:',
    'tally.schulze.paths':
      'Strongest paths (a path is a chain of pairwise wins; its strength is its weakest win):',
    'tally.schulze.row': '  {option}: {counts}',
    'tally.schulze.winner':
      '{option} has a path at least as strong as the path back against every other option: {paths}.',
    'tally.schulze.path': '{option}→{other} {strength} vs {other}→{option} {back}',
    'tally.schulze.shown':
      'Shown, not binding: counted alone these ballots would give the Schulze winner set {options}.',
    'tally.sense-check.response': '{option} {count} ({share})',
    'tally.sense-check.responses': 'Responses: {counts}.',
    'tally.sense-check.note':
      'A sense check gauges the mood of the group; it does not decide anything.',
    'tally.lazy.counts':
      'Support on record {support}; objections standing {standing}, withdrawn {withdrawn}, resolved {resolved}.',
    'tally.lazy.open-standing':
      'The deadline ({deadline}) has not passed: an objection stands for now.',
    'tally.lazy.open-clear':
      'The deadline ({deadline}) has not passed: no objection so far, so it will pass unless someone objects.',
    'tally.lazy.fails': 'An objection stands at the deadline: the proposal does not pass.',
    'tally.lazy.passes':
      'No objection stands at the deadline; silence counts as assent: the proposal passes.',
    'tally.consensus.counts':
      'Agree {agree}, stand aside {standAside}, blocks standing {standing}, blocks lifted {lifted}.',
    'tally.consensus.blocked': 'A block stands: there is no consensus.',
    'tally.consensus.reached': 'No block stands: consensus reached.',
    'tally.consensus.share-reached':
      'No block stands. Agree must be at least {share} of all responses ({needed} of {total}); agree is {agree}: consensus reached.',
    'tally.consensus.share-missed':
      'No block stands. Agree must be at least {share} of all responses ({needed} of {total}); agree is {agree}: too many stood aside, no consensus.',
    'tally.consensus.shown':
      'Shown, not binding: agree {agree}, stand aside {standAside}, blocks standing {standing}.',
    'tally.supermajority.no-base':
      'No votes count towards the threshold, so the proposal cannot pass.',
    'tally.supermajority.threshold':
      'Threshold: {comparison} {share} {base}, i.e. {needed} of {total}; yes has {yes}: the proposal {result}.',
    'tally.supermajority.at-least': 'at least',
    'tally.supermajority.more-than': 'more than',
    'tally.supermajority.base-decisive': 'of yes and no votes',
    'tally.supermajority.base-all': 'of all votes cast, abstentions included',
    'tally.supermajority.passed': 'passed',
    'tally.supermajority.failed': 'failed',
    'tally.meeting.heading': 'Slots, best first (most yes, then most if-need-be):',
    'tally.meeting.slot':
      '{rank}. {option}: yes {yes}, if need be {ifNeedBe}, no {no}, unmarked {unmarked}.',
    'tally.meeting.shown': 'Shown, not binding:',
    'flow.source.client': 'Client payments',
    'flow.source.grant': 'Grants',
    'flow.source.donation': 'Donations',
    'flow.source.other': '{source}',
    'flow.income': 'Income of {period} (net of fees)',
    'flow.bucket': '{bucket}',
    'flow.pot': '{pot}',
    'flow.member': '{memberId}',
    'flow.retained': 'Retained in {bucket}',
  },
  es: {
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
    'problem.invalid-input': 'La solicitud no es válida.',
    'problem.refused': 'La solicitud fue rechazada.',
    'problem.not-found': 'No se encontró.',
    'problem.conflict':
      'El registro cambió o está en un estado que no lo permite; recarga e inténtalo de nuevo.',
    'problem.forbidden': 'No tienes permiso para hacer esto.',
    'field.required': 'obligatorio',
    'field.unknown': 'campo desconocido «{name}»; quítalo',
    'field.too-small': 'debe ser al menos {minimum}',
    'field.too-big': 'debe ser como mucho {maximum}',
    'field.invalid-format': 'no es un {format} válido',
    'field.invalid-type': 'debe ser de tipo {expected}',
    'value.hours-per-day':
      '{memberId} registraría {hours} horas el {date} ({already} ya registradas + {adding} aquí), más del límite de {limit} horas por miembro y día',
    'proposal.deadline-past': 'tiene que ser posterior a {now}',
    'proposal.no-such-member': 'no existe ese miembro',
    'member.timeline-required': 'elige un ritmo: fast-track, agile o long-run',
    'distribution.payout-over-owed':
      '{amount} es más de lo que el reparto de {period} aún le debe a este miembro ({owedAmount})',
    'member.not-in-circle': 'no es miembro de este círculo',
    'member.not-in-constituency': 'no es miembro de este grupo',
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
    'tally.quorum-missing':
      '{constituency} ({participated} de {eligible}, hacían falta {required})',
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
    'flow.source.other': '{source}',
    'flow.income': 'Ingresos de {period} (sin comisiones)',
    'flow.bucket': '{bucket}',
    'flow.pot': '{pot}',
    'flow.member': '{memberId}',
    'flow.retained': 'Retenido en {bucket}',
  },
} as const;

export type CatalogueLanguage = keyof typeof catalogue;
