import { useTranslation } from 'react-i18next';
import { renderMessage, useCatalogue, type ServerMessage } from './render';

/**
 * Words a server text that may come with its code (a delivery's or a witness submission's last
 * failure): the code in the reader's language when the Deck knows it, the server's English text
 * otherwise (a failure kept before codes, or a code newer than this Deck). `needed` loads the
 * catalogue only when there is a code to say.
 *
 * @example const say = useSaidOrText(deliveries.some((d) => d.lastErrorSaid)); say(d.lastErrorSaid, d.lastError)
 */
export function useSaidOrText(
  needed: boolean,
): (said: ServerMessage | null | undefined, text: string) => string {
  const { i18n } = useTranslation();
  useCatalogue(needed, ['refusals']);
  return (said, text) => (said ? renderMessage(said, { language: i18n.language }, text) : text);
}
