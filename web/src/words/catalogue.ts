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
    'member.not-in-circle': 'not a member of this circle',
    'member.not-in-constituency': 'not a member of this constituency',
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
    'member.not-in-circle': 'no es miembro de este círculo',
    'member.not-in-constituency': 'no es miembro de este grupo',
  },
} as const;

export type CatalogueLanguage = keyof typeof catalogue;
