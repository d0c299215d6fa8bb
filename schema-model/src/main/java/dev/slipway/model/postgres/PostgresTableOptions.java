package dev.slipway.model.postgres;

import dev.slipway.model.Attr;
import java.util.List;

/**
 * PostgreSQL table options: {@code UNLOGGED}, storage parameters ({@code WITH (fillfactor=70)}) and
 * {@code REPLICA IDENTITY} ({@code d}efault, {@code n}othing, {@code f}ull, {@code i}ndex).
 * See postgresql.org/docs/current/sql-createtable.html.
 */
public record PostgresTableOptions(boolean unlogged, List<String> storageParameters, char replicaIdentity)
    implements Attr {
  public PostgresTableOptions {
    storageParameters = storageParameters == null ? List.of() : List.copyOf(storageParameters);
  }

  public static final PostgresTableOptions DEFAULT = new PostgresTableOptions(false, List.of(), 'd');

  public boolean isDefault() {
    return equals(DEFAULT);
  }
}
