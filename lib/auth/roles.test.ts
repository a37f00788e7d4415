import { describe, expect, it } from 'vitest';
import { parseScopes, roleAllows, scopesAllow, type Permission, type Role } from './roles';

const table: [Role, Permission, boolean][] = [
  ['viewer', 'read', true],
  ['viewer', 'write', false],
  ['viewer', 'ingest', false],
  ['viewer', 'admin', false],
  ['editor', 'write', true],
  ['editor', 'ingest', true],
  ['editor', 'admin', false],
  ['owner', 'admin', true],
];

describe('roleAllows', () => {
  it.each(table)('%s may %s: %s', (role, permission, expected) => {
    expect(roleAllows(role, permission)).toBe(expected);
  });
});

describe('scopesAllow', () => {
  it('allows only listed scopes and never admin', () => {
    expect(scopesAllow(['ingest'], 'ingest')).toBe(true);
    expect(scopesAllow(['ingest'], 'read')).toBe(false);
    expect(scopesAllow(['ingest', 'read', 'write', 'evaluate'], 'admin')).toBe(false);
  });
  it('drops unknown scopes when parsing', () => {
    expect(parseScopes('ingest,bogus,read')).toEqual(['ingest', 'read']);
  });
});
