// Placeholder of contract D (deck-parts helper): replaced at merge by the verifier's messages.
export const messages = {
  en: { title: 'Verify in this browser', unavailable: 'The in-browser verifier is not part of this build yet.' },
  es: { title: 'Verificar en este navegador', unavailable: 'El verificador en el navegador aún no forma parte de esta versión.' },
};
