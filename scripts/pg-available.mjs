// Exit 0 when the PostgreSQL server behind the URL (argv[2]) accepts connections, else 1
// with the reason on stderr. Used to decide whether PostgreSQL test projects can run.
import pg from 'pg';

const url = new URL(process.argv[2]);
url.pathname = '/postgres';
const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 });
try {
  await client.connect();
  await client.end();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
