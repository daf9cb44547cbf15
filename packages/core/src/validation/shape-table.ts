/**
 * The structure of every entity as plain data: a table of nodes that refer to one another by index. It is
 * built from the model's zod schemas (`shape-builder.ts`), written compactly into `shapes.ts` (`CompactShapes`),
 * and `shape-check.ts` checks input against that. Validation therefore needs no zod at run time: a page that shows
 * a plan carries a 2 KB table instead of the schema library.
 */
export type ShapeNode =
  | {
      t: 'string';
      min?: number;
      max?: number;
      /** Patterns in the order zod checks them, each with the name of its form (`id`, `date`, `period` …). */
      re?: [source: string, name?: string][];
    }
  | { t: 'number'; int?: true; gt?: number; gte?: number; lt?: number; lte?: number }
  | { t: 'boolean' }
  | { t: 'unknown' }
  | { t: 'enum'; values: string[] }
  | { t: 'literal'; values: string[] }
  | { t: 'optional'; of: number }
  | { t: 'nullable'; of: number }
  | { t: 'array'; of: number; min?: number; max?: number }
  | { t: 'object'; keys: Record<string, number>; strict?: true }
  | { t: 'union'; by: string; of: number[] }
  | { t: 'record'; of: number };

/** The entities that can be checked on their own. */
export type ShapeRoot =
  | 'dataset'
  | 'plan'
  | 'activity'
  | 'agreement'
  | 'framework'
  | 'indicator'
  | 'observation'
  | 'manifest';

export interface ShapeTable {
  nodes: ShapeNode[];
  roots: Record<ShapeRoot | 'observations', number>;
}

/**
 * The table as `shapes.ts` holds it, for the bytes of every page that validates: each node is an array that starts
 * with its kind, a node used in one place is written in that place, and only nodes used in several places (and the
 * roots) are kept in `nodes` and named by their index. An optional field is a name ending in `?`, so there are no
 * optional nodes. Limits left out or `null` are not set.
 */
export type CompactShape =
  /** Text with its length limits in code points and its patterns, each a source and the name of its form (or ''). */
  | [kind: 's', min?: number | null, max?: number | null, ...patterns: string[]]
  /** A number: `int` 1 for a safe integer, and its bounds (`gt` and `lt` exclusive). */
  | [
      kind: 'n',
      int?: 1 | null,
      gt?: number | null,
      gte?: number | null,
      lt?: number | null,
      lte?: number | null,
    ]
  | [kind: 'b']
  | [kind: 'u']
  /** One of the listed texts: an enum, or a literal (a discriminator's tag is its first value). */
  | [kind: 'e', ...values: string[]]
  /** The node or null. */
  | [kind: 'z', of: ShapeRef]
  | [kind: 'a', of: ShapeRef, min?: number | null, max?: number | null]
  /**
   * A strict object: pairs of a field's name (ending in `?` when it may be left out) and its `ShapeRef` (typed
   * loosely: TypeScript refuses a tuple whose rest refers back to it).
   */
  | [kind: 'o', ...fields: (string | number | unknown[])[]]
  /** A union told apart by the field `by`, whose options are objects. */
  | [kind: '|', by: string, options: ShapeRef[]]
  /** An object with any text keys, each value of the node `of`. */
  | [kind: 'r', of: ShapeRef];

/** A node where it is used: the index of a shared node, or the node itself. */
export type ShapeRef = number | CompactShape;

export interface CompactShapes {
  nodes: CompactShape[];
  roots: Record<ShapeRoot | 'observations', number>;
}
