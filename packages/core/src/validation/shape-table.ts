/**
 * The structure of every entity as plain data: a table of nodes that refer to one another by index. It is
 * generated from the model's zod schemas (`shape-builder.ts`) into `shapes.ts`, and `shape-check.ts` checks
 * input against it. Validation therefore needs no zod at run time: a page that shows a plan carries a 2 KB table
 * instead of the schema library.
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
