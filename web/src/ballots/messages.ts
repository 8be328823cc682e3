// Placeholder of contract D (deck-parts helper): replaced at merge by the full ballot messages.
export const messages = {
  en: { submit: 'Cast my ballot', unsupported: 'This ballot is not available yet.', rank: 'Rank {{option}}', moveUp: 'Move {{option}} up', ranking: 'Your ranking, best first', unranked: 'Not ranked' },
  es: { submit: 'Emitir mi voto', unsupported: 'Esta papeleta aún no está disponible.', rank: 'Ordenar {{option}}', moveUp: 'Subir {{option}}', ranking: 'Tu orden, la mejor primero', unranked: 'Sin ordenar' },
};
