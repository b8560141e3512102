/**
 * The Docker client, behind one dynamic import in docker.ts: testcontainers is large and only loaded when the docker
 * provider is used. Both packages come through this one module so that the bundle holds the client once, not once
 * per import site.
 */
export { PostgreSqlContainer } from '@testcontainers/postgresql';
export { getContainerRuntimeClient } from 'testcontainers';
