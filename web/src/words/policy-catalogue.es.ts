/* The access policy's refusals (src/core/messages/policy-codes.ts) in Spanish: see catalogue.ts. */

import type { en } from './policy-catalogue.en.js';

export const es = {
  'policy.what.health.read': 'ver que el nodo funciona y el tamaño de su registro',
  'policy.what.ledger.read':
    'leer eventos, pruebas, puntos de control y la exportación del registro',
  'policy.what.ledger.checkpoint': 'pedir al nodo que firme ahora un punto de control',
  'policy.what.disco.rename': 'cambiar el nombre de la DisCO',
  'policy.what.constituency.list': 'listar los grupos y sus derechos',
  'policy.what.constituency.define': 'definir un grupo nuevo con sus derechos',
  'policy.what.constituency.rights': 'cambiar los derechos de un grupo',
  'policy.what.member.list': 'listar los miembros (nombres visibles, niveles, grupos)',
  'policy.what.member.show': 'ver el perfil público de un miembro, sus círculos, mentores y claves',
  'policy.what.member.show-private':
    'ver los datos de cuenta de un miembro fuera del registro (correo)',
  'policy.what.member.add': 'añadir un miembro a uno o más grupos',
  'policy.what.member.invite': 'invitar a alguien a crear una cuenta',
  'policy.what.member.level':
    'registrar una decisión sobre el nivel, la salida o el regreso de un miembro',
  'policy.what.member.constituency.join': 'poner a un miembro en un grupo (con sus derechos)',
  'policy.what.member.constituency.leave': 'sacar a un miembro de un grupo',
  'policy.what.member.mentor': 'asignar o quitar un mentor a una persona en periodo de cortejo',
  'policy.what.member.milestone':
    'registrar un hito del plan de mentoría de una persona en periodo de cortejo',
  'policy.what.member.commitment':
    'registrar la declaración de compromiso de una persona en periodo de cortejo',
  'policy.what.member.key.register': 'registrar una de tus propias claves de firma',
  'policy.what.member.key.revoke': 'revocar una clave de firma',
  'policy.what.member.leave':
    'registrar el permiso de un miembro, o terminarlo (el tuyo, o el de cualquiera si eres fundador)',
  'policy.what.member.leave.list': 'ver los permisos de los miembros (fechas y motivo público)',
  'policy.what.circle.list': 'listar los círculos de trabajo',
  'policy.what.circle.show': 'ver un círculo, sus miembros y sus personas administradoras',
  'policy.what.circle.create': 'crear un círculo de trabajo',
  'policy.what.circle.join': 'añadir un miembro a un círculo',
  'policy.what.circle.leave': 'sacar a un miembro de un círculo',
  'policy.what.circle.steward':
    'nombrar o cesar a la persona administradora de un círculo (rotación)',
  'policy.what.value.contribution.log': 'registrar o corregir tu propio trabajo (contribuciones)',
  'policy.what.value.contribution.list':
    'ver las contribuciones, sus créditos fijados y su validación',
  'policy.what.value.contribution.import':
    'importar contribuciones de un archivo CSV o Valueflows (registra trabajo de otros miembros)',
  'policy.what.value.contribution.validate':
    'reconocer o disputar la contribución de otro miembro, o retirar una disputa',
  'policy.what.value.dispute.resolve':
    'registrar cómo una propuesta aprobada resolvió una disputa sobre una contribución (quien pueda declarar el resultado de esa propuesta: su autor, una persona administradora de su círculo o un fundador)',
  'policy.what.value.rate.list': 'ver las tarifas de crédito y los ajustes de valor',
  'policy.what.value.rate.set':
    'fijar tarifas de crédito, multiplicadores por etapa, reglas de validación, deberes, la regla de miembros ocasionales y la de liberación de cuidados',
  'policy.what.value.balance': 'ver los saldos de crédito de los miembros por flujo',
  'policy.what.value.indicators':
    'ver el avance de los deberes y los indicadores de cuidados (parte de cuidados, Gini, sobrecarga, retraso en deberes)',
  'policy.what.value.commons.list':
    'leer el registro de los comunes y su canal Atom (público, como el registro)',
  'policy.what.value.commons.add': 'registrar un recurso común que el colectivo creó o mantiene',
  'policy.what.value.project.list':
    'ver los proyectos de sustento, sus presupuestos y el trabajo registrado en ellos',
  'policy.what.value.project.manage':
    'crear o actualizar un proyecto de sustento (cliente, presupuesto, precio acordado, estado)',
  'policy.what.proposal.list': 'listar y leer las propuestas, sus papeletas y resultados',
  'policy.what.proposal.create': 'abrir una propuesta',
  'policy.what.proposal.amend': 'enmendar o retirar tu propia propuesta abierta',
  'policy.what.proposal.vote': 'emitir o cambiar tu papeleta en una propuesta abierta',
  'policy.what.proposal.outcome':
    'declarar el resultado de una propuesta cerrada y su fecha de revisión (su autor, o quien facilita: una persona administradora de su círculo o un fundador)',
  'policy.what.proposal.comment': 'comentar una propuesta, responder y reaccionar',
  'policy.what.proposal.comment.edit':
    'editar tu propio comentario mientras la propuesta está abierta',
  'policy.what.notification.list': 'ver tus propias notificaciones',
  'policy.what.governance.parameters.show':
    'ver quién vota qué, los pesos de las papeletas y los quórums',
  'policy.what.governance.parameters.set':
    'fijar los primeros parámetros de gobernanza (una sola vez: los cambios posteriores solo por una propuesta aprobada)',
  'policy.what.delegation.list': 'ver las delegaciones que diste y recibiste',
  'policy.what.delegation.set':
    'delegar tu voto en un círculo, un tema o todo (cuando la DisCO permite delegar)',
  'policy.what.delegation.revoke': 'retirar tu propia delegación',
  'policy.what.notification.read': 'marcar como leídas tus propias notificaciones',
  'policy.what.notification.settings':
    'ver y elegir cómo te llegan tus notificaciones (correo al momento, resumen diario o semanal, ninguna) y en qué idioma',
  'policy.what.notification.deliveries':
    'ver los envíos de correo y webhooks que esperan un reintento o se abandonaron, con el motivo',
  'policy.what.webhook.manage':
    'ver, añadir y quitar los webhooks salientes de la DisCO y de sus círculos',
  'policy.what.token.create': 'crear un token de API para ti',
  'policy.what.token.list': 'listar los tokens de API de un miembro (nunca sus secretos)',
  'policy.what.token.revoke': 'revocar un token de API de un miembro',
  'policy.what.account.password': 'cambiar tu propia contraseña (sabiendo la actual)',
  'policy.what.account.password-reset':
    'emitir un enlace de un solo uso con el que un miembro que perdió su contraseña elige una nueva',
  'policy.what.dashboard.read':
    'ver el panel: créditos por flujo y semana, partes de cuidados, deberes, propuestas que esperan tu voto',
  'policy.what.finance.read':
    'ver ingresos, gastos, los libros, los parámetros CAT, los repartos, sus explicaciones, los flujos y las simulaciones',
  'policy.what.finance.record':
    'registrar ingresos (pagos de clientes, subvenciones, donaciones) y gastos',
  'policy.what.cat.parameters.bootstrap':
    'fijar el primer documento de parámetros CAT (cada uno posterior solo por una propuesta cat-parameter-change aprobada)',
  'policy.what.distribution.commit': 'confirmar el reparto de un mes terminado, cerrándolo',
  'policy.what.distribution.payout':
    'registrar que se pagó a un miembro lo que le debe un reparto, con la referencia del pago',
  'policy.what.rhythm.list':
    'ver los ritmos (encuentros periódicos), sus próximas fechas y quién participó',
  'policy.what.rhythm.manage':
    'crear, cambiar o terminar un ritmo (el de un círculo como su persona administradora; cualquiera, o el de toda la DisCO, como fundador)',
  'policy.what.rhythm.attendance':
    'registrar quién participó en un encuentro de un ritmo y convertir su tiempo en contribuciones de cuidados (el de un círculo como su administradora; el de toda la DisCO como administradora de cualquier círculo)',
  'policy.what.calendar.feed': 'crear, sustituir o revocar tu propio enlace privado de calendario',
  'policy.what.checkin.write': 'escribir o borrar tu propio check-in',
  'policy.what.guide.seen':
    'consultar o dejar constancia de que ya viste la guía de inicio, en cualquier dispositivo',
  'policy.what.checkin.read':
    'leer los check-ins cuya audiencia te incluye (los demás responden 404) y la señal de capacidad',
  'policy.what.checkin.settings': 'fijar cuánto tiempo se guardan los check-ins',
  'policy.what.appreciation.give':
    'agradecer a otro miembro una contribución o un período de cuidados (nunca a ti)',
  'policy.what.appreciation.list': 'ver los agradecimientos dados y recibidos',
  'policy.grant.anyone': 'cualquiera',
  'policy.grant.member': 'los miembros',
  'policy.grant.committed': 'los miembros comprometidos',
  'policy.grant.founder': 'los fundadores',
  'policy.grant.self': 'la propia persona',
  'policy.grant.self-if-open': 'la propia persona en un círculo abierto',
  'policy.grant.circle-steward': 'las personas administradoras del círculo',
  'policy.grant.mentor': 'quienes mentorizan al miembro',
  'policy.grant.author': 'su autor o autora',
  'policy.grant.may-propose': 'los miembros de un grupo con derecho a proponer',
  'policy.grant.may-comment': 'los miembros de un grupo con derecho a comentar',
  'policy.grant.may-vote': 'los miembros de un grupo con derecho a votar',
  'policy.grant.circle-member': 'los miembros del círculo (cualquier miembro, para toda la DisCO)',
  'policy.grant.steward-for-whole-disco':
    'las personas administradoras de cualquier círculo, en lo que concierne a toda la DisCO',
  'policy.what.evaluation.read':
    'leer las evaluaciones trimestrales, sus hechos, reflexiones y decisiones',
  'policy.what.evaluation.manage':
    'abrir o cerrar la evaluación de un trimestre (la de un círculo como su administradora; cualquiera, o la de toda la DisCO, como fundadora)',
  'policy.what.evaluation.reflect':
    'añadir una reflexión a una evaluación abierta (la de un círculo como uno de sus miembros; la de toda la DisCO como cualquier miembro)',
  'policy.what.economy.read':
    'ver las transferencias solidarias y las líneas de crédito mutuo con DisCOs federadas',
  'policy.what.economy.transfer':
    'enviar, aceptar o cancelar una transferencia solidaria, fijar una línea de crédito o enviar crédito mutuo, cada una según una propuesta aprobada',
  'policy.what.activity.read':
    'leer la actividad: lo que pasó, lo más reciente primero, en palabras (nunca quién emitió un voto secreto)',
  'policy.what.search.run':
    'buscar en propuestas, comentarios, miembros, contribuciones y procomún (cada tipo solo donde puedes listarlo)',
  'policy.reason.sign-in-to': 'inicia sesión para {what}',
  'policy.reason.member-left': 'un miembro que se ha ido no tiene derechos aquí',
  'policy.reason.only-who-may': '{what} está reservado a {alternatives}',
} satisfies Record<keyof typeof en, string>;
