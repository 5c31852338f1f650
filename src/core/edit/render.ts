// How a node the writer made is written into a file: a scalar in its node's quoting, a
// collection as `yaml` renders it (block or flow), without the comments around it.
import { Document, isCollection, isScalar, type Node, Scalar, stringify } from 'yaml';

export const RENDER = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * A scalar in its node's quoting (a value changed in place keeps the file's quotes), plain when
 * safe otherwise: a new node, made by the writer, has no quoting of its own.
 */
export function renderScalar(node: Scalar, inFlow: boolean): string {
  const value = node.value;
  if (typeof value !== 'string') return stringify(value, RENDER).trimEnd();
  if (value.includes('\n')) return JSON.stringify(value);
  if (node.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (node.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  const plain = stringify(value, RENDER).trimEnd();
  // `yaml` writes some words (`---`) as a block, which cannot stand on a key's line.
  if (plain.includes('\n')) return JSON.stringify(value);
  return inFlow && /[,[\]{}]/.test(plain) ? JSON.stringify(value) : plain;
}

export function renderNode(node: unknown, flow: boolean): string {
  const doc = new Document();
  const copy = (isCollection(node) || isScalar(node) ? node.clone() : doc.createNode(node)) as Node;
  // Comments around the node lie outside the text it replaces, where they stay.
  copy.commentBefore = copy.comment = undefined;
  if (flow && isCollection(copy)) copy.flow = true;
  doc.contents = copy;
  return doc.toString(RENDER);
}
