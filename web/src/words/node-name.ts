import { renderMessage, type RenderContext, type ServerMessage } from './render';

/** A Sankey node as the server sends it: its English label, and its name as a code. */
export interface NamedNode {
  label: string;
  name?: ServerMessage | undefined;
}

/**
 * A flow node's name in the reader's language (members by name): the chart and its table show
 * this, never the server's English label, which is the fallback for a code this Deck does not
 * know or a node from a server that sent no code.
 *
 * @example nodeName({ label: 'Client payments', name: { code: 'flow.source.client', params: {} } }, { language: 'es' }) // 'Pagos de clientes'
 */
export function nodeName(node: NamedNode, context: RenderContext): string {
  if (!node.name) return node.label;
  // A member's node is labelled with the member's name already: no need to have the members loaded.
  const nameOf = (id: string) => context.nameOf?.(id) ?? node.label;
  return renderMessage(node.name, { ...context, nameOf }, node.label);
}
