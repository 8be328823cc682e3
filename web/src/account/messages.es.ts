/** The `account` namespace in Spanish, loaded only by a reader in Spanish; the same keys as messages.en.ts. */
export const es = {
  lost: '¿Perdiste tu contraseña? Pide a una persona fundadora un enlace de contraseña. ¿Eres nueva o nuevo? Pide a un miembro un enlace de invitación.',
  join: {
    title: 'Únete a {{disco}}',
    offer: '{{invitedBy}} te invita a unirte como {{what}}.',
    offerFounder: 'Eres la persona fundadora de {{disco}}: elige cómo entrarás.',
    worker: 'miembro trabajador/a ({{level}})',
    constituencies: 'Grupos: {{list}}.',
    expires: 'Esta invitación sirve una sola vez, hasta el {{date}}.',
    name: 'Tu nombre, tal como lo verán las demás personas',
    email: 'Correo (para entrar; nunca en el registro)',
    password: 'Elige una contraseña (al menos 10 caracteres)',
    submit: 'Unirme',
    joining: 'Uniéndote…',
    noToken: 'Esta página necesita el enlace completo que recibiste, incluida la parte tras #.',
  },
  reset: {
    title: 'Elige una contraseña nueva',
    for: 'Para {{name}}. Este enlace sirve una sola vez, hasta el {{date}}.',
    password: 'Contraseña nueva (al menos 10 caracteres)',
    submit: 'Guardar la contraseña nueva',
    saving: 'Guardando…',
    keyDropped:
      'La clave de firma guardada con tu cuenta estaba cifrada con tu contraseña anterior y no se pudo conservar. Revócala y registra una nueva.',
    noToken:
      'Esta página necesita el enlace completo que te dio una persona fundadora, incluida la parte tras #.',
  },
  change: {
    title: 'Contraseña',
    current: 'Contraseña actual',
    next: 'Contraseña nueva (al menos 10 caracteres)',
    submit: 'Cambiar la contraseña',
    saving: 'Cambiando…',
    done: 'Tu contraseña ha cambiado. Se cerraron todas tus demás sesiones.',
  },
  invite: {
    title: 'Invitar a alguien',
    as: 'Invitar como',
    supporter: 'Simpatizante (no miembro trabajador/a)',
    client: 'Cliente',
    casual: 'Miembro trabajador/a ocasional',
    submit: 'Crear un enlace de invitación',
    making: 'Creando…',
    link: 'Envía este enlace a la persona nueva. Solo se muestra ahora, sirve una vez y caduca el {{date}}:',
    copy: 'Copiar el enlace',
    copied: 'Copiado',
    mailTo: 'Enviar también el enlace por correo a (opcional)',
    mailToHint: 'El correo sale en el idioma de esta página.',
    mailed: 'Enviado por correo a {{to}}. El enlace también está abajo.',
    noMail:
      'Este nodo no envía correo (no hay SMTP configurado), así que no se ha enviado nada: copia el enlace de abajo y envíalo tú.',
  },
  resetLink: {
    title: 'Un enlace de contraseña para un miembro',
    help: 'Para quien perdió su contraseña: un enlace de un solo uso, válido 2 días. Crear uno anula los anteriores.',
    member: 'Miembro',
    submit: 'Crear un enlace de contraseña',
    link: 'Envía este enlace a {{name}} (solo se muestra ahora; válido hasta el {{date}}):',
    mail: 'Enviarlo también por correo a la dirección de su cuenta',
    mailed:
      'Enviado por correo a {{name}}, en el idioma de sus avisos. El enlace también está abajo.',
    noMail:
      'Este nodo no envía correo (no hay SMTP configurado), así que no se ha enviado nada: copia el enlace de abajo y envíalo tú.',
  },
} as const;
