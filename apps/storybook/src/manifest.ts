/**
 * The widgets' custom-elements.json as a designer needs it: the analyzer also lists private and protected
 * members (internal state, helpers), which Storybook would show as properties. This keeps the public API only.
 */

interface Member {
  name: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  members?: Member[];
  [key: string]: unknown;
}

interface Module {
  declarations?: Declaration[];
  [key: string]: unknown;
}

export interface Manifest {
  modules?: Module[];
  [key: string]: unknown;
}

/** Whether a class member belongs in the docs: not private, protected, static or `_`/`#`-prefixed. */
export function isPublicMember(member: Member): boolean {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (member.static) return false;
  return !member.name.startsWith('_') && !member.name.startsWith('#');
}

/** A copy of the manifest whose declarations list only public members. */
export function publicManifest<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: (manifest.modules ?? []).map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.members
          ? { ...declaration, members: declaration.members.filter(isPublicMember) }
          : declaration,
      ),
    })),
  };
}
