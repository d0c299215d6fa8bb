package dev.slipway.introspect.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.SourceFile;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlRenameHintsTest {
  private static List<RenameHint> read(String sql) throws IntrospectionException {
    return MySqlRenameHints.read(List.of(new SourceFile("d.sql", sql)), "app");
  }

  @Test
  void columnAndTableHints() throws IntrospectionException {
    List<RenameHint> hints = read("""
        CREATE TABLE `people` ( -- @renamed from=users
          id bigint NOT NULL,
          `user name` text, -- @renamed from=username
          note varchar(10) DEFAULT 'a;b -- @renamed from=nope', # @renamed from=`old note`
          PRIMARY KEY (id)
        );
        CREATE TABLE other (x int);
        """);
    assertThat(hints).containsExactly(
        new RenameHint(QualifiedName.of("app", "people"), null, "users", "d.sql:1:28"),
        new RenameHint(QualifiedName.of("app", "people"), "user name", "username", "d.sql:3:24"),
        new RenameHint(QualifiedName.of("app", "people"), "note", "old note", "d.sql:4:59"));
  }

  @Test
  void qualifiedTableNameAndIfNotExists() throws IntrospectionException {
    List<RenameHint> hints = read("CREATE TABLE IF NOT EXISTS shop.`Orders` ( -- @renamed from=orders_old\n id int\n)");
    assertThat(hints).extracting(RenameHint::table, RenameHint::from)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(QualifiedName.of("app", "Orders"), "orders_old"));
  }

  @Test
  void hintOnAnIndexLineIsAnErrorWithItsLocation() {
    assertThatThrownBy(() -> read("CREATE TABLE t (\n  id int,\n  KEY k (id) -- @renamed from=j\n);"))
        .isInstanceOf(IntrospectionException.class)
        .hasMessage("d.sql:3:17: @renamed hint is not on a table's CREATE line or a column's line");
  }

  @Test
  void hintOutsideACreateTableIsAnError() {
    assertThatThrownBy(() -> read("-- @renamed from=x\nCREATE VIEW v AS SELECT 1;"))
        .hasMessageStartingWith("d.sql:1:4: @renamed hint");
  }

  @Test
  void noHintsNoWork() throws IntrospectionException {
    assertThat(read("CREATE TABLE t (a int); -- plain comment")).isEmpty();
  }
}
