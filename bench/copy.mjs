// COPY … FROM STDIN for node-postgres without extra packages: a hand-written "submittable"
// (the same protocol hooks pg-copy-streams uses). The caller hands over COPY text chunks.

/** One COPY statement; `chunks` are strings or Buffers in COPY text format. */
class CopyIn {
  constructor(sql, chunks, resolve, reject) {
    this.text = sql;
    this.chunks = chunks;
    this.resolve = resolve;
    this.reject = reject;
    this.rowCount = 0;
    this.error = null;
  }

  submit(connection) {
    connection.query(this.text);
  }

  handleCopyInResponse(connection) {
    const CHUNK = 1 << 20;
    for (const c of this.chunks) {
      const buf = typeof c === 'string' ? Buffer.from(c, 'utf8') : c;
      for (let i = 0; i < buf.length; i += CHUNK) {
        connection.sendCopyFromChunk(buf.subarray(i, i + CHUNK));
      }
    }
    connection.endCopyFrom();
  }

  handleCommandComplete(msg) {
    const m = /(\d+)$/.exec(msg.text ?? '');
    if (m) this.rowCount = Number(m[1]);
  }

  handleError(err) {
    this.error = err;
  }

  handleReadyForQuery() {
    if (this.error) this.reject(this.error);
    else this.resolve(this.rowCount);
  }

  // Not expected for COPY FROM, but pg may call them.
  handleRowDescription() {}
  handleDataRow() {}
  handleEmptyQuery() {}
  handleCopyData() {}
  handlePortalSuspended() {}
}

/** Runs `COPY table (cols) FROM STDIN` with the given text chunks; resolves to the row count. */
export function copyIn(client, table, columns, chunks) {
  return new Promise((resolve, reject) => {
    const sql = `COPY ${table} (${columns.join(', ')}) FROM STDIN`;
    client.query(new CopyIn(sql, chunks, resolve, reject));
  });
}

/** One COPY text field. */
export function field(v) {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : String(v);
  return s.replace(/[\\\n\r\t]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t',
  );
}

/** A text[] literal. */
export function textArray(items) {
  return `{${items.map((t) => `"${t.replace(/[\\"]/g, (c) => '\\' + c)}"`).join(',')}}`;
}

/** One COPY line from values. */
export function line(values) {
  return values.map(field).join('\t') + '\n';
}
