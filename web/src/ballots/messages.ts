// Placeholder of contract D (deck-parts helper): replaced at merge by the full ballot messages.
export const messages = {
  en: { cast: 'Cast my ballot', unsupported: 'This ballot is not available yet.', moveUp: 'Move {{option}} up', moveDown: 'Move {{option}} down', ranking: 'Your ranking, best first' },
  es: { cast: 'Emitir mi voto', unsupported: 'Esta papeleta aún no está disponible.', moveUp: 'Subir {{option}}', moveDown: 'Bajar {{option}}', ranking: 'Tu orden, la mejor primero' },
};
