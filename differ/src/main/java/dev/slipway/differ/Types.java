package dev.slipway.differ;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.CompositeType;
import dev.slipway.model.Constraint;
import dev.slipway.model.DomainType;
import dev.slipway.model.EnumType;
import dev.slipway.model.Expr;
import dev.slipway.model.ExclusionConstraint;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.TypeDef;
import dev.slipway.model.UniqueConstraint;
import java.util.Objects;

/** Equality of model values "apart from the comment", with expressions compared through {@link DiffRules}. */
final class Types {
  private Types() {}

  static boolean sameExpr(Expr a, Expr b, DiffRules rules) {
    if (a == null || b == null) return a == b;
    return rules.sameExpression(a, b);
  }

  static boolean sameIgnoringComment(TypeDef a, TypeDef b, DiffRules rules) {
    if (a instanceof EnumType x && b instanceof EnumType y) return x.labels().equals(y.labels());
    if (a instanceof DomainType x && b instanceof DomainType y) {
      if (!rules.sameType(x.baseType(), y.baseType()) || x.notNull() != y.notNull()
          || !Objects.equals(x.collation(), y.collation()) || x.checks().size() != y.checks().size()) {
        return false;
      }
      if (x.defaultValue() == null ? y.defaultValue() != null
          : y.defaultValue() == null || !rules.sameDefault(x.defaultValue(), y.defaultValue())) {
        return false;
      }
      for (int i = 0; i < x.checks().size(); i++) {
        if (!sameIgnoringComment(x.checks().get(i), y.checks().get(i), rules)) return false;
      }
      return true;
    }
    if (a instanceof CompositeType x && b instanceof CompositeType y) {
      if (x.attributes().size() != y.attributes().size()) return false;
      for (int i = 0; i < x.attributes().size(); i++) {
        CompositeType.Attribute p = x.attributes().get(i);
        CompositeType.Attribute q = y.attributes().get(i);
        if (!p.name().equals(q.name()) || !rules.sameType(p.type(), q.type())
            || !Objects.equals(p.collation(), q.collation())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Same constraint apart from comment and validity. */
  static boolean sameIgnoringComment(Constraint a, Constraint b, DiffRules rules) {
    if (a instanceof CheckConstraint x && b instanceof CheckConstraint y) {
      return x.noInherit() == y.noInherit() && sameExpr(x.expression(), y.expression(), rules);
    }
    if (a instanceof ForeignKey x && b instanceof ForeignKey y) {
      return x.columns().equals(y.columns()) && x.referencedTable().equals(y.referencedTable())
          && x.referencedColumns().equals(y.referencedColumns()) && x.onUpdate() == y.onUpdate()
          && x.onDelete() == y.onDelete() && x.match() == y.match() && x.deferrability() == y.deferrability();
    }
    if (a instanceof PrimaryKey x && b instanceof PrimaryKey y) {
      return x.columns().equals(y.columns()) && x.include().equals(y.include());
    }
    if (a instanceof UniqueConstraint x && b instanceof UniqueConstraint y) {
      return x.columns().equals(y.columns()) && x.include().equals(y.include())
          && x.nullsNotDistinct() == y.nullsNotDistinct() && x.deferrability() == y.deferrability();
    }
    if (a instanceof ExclusionConstraint x && b instanceof ExclusionConstraint y) {
      return x.definition().equals(y.definition()) && x.deferrability() == y.deferrability();
    }
    return false;
  }

  /** Same index definition apart from name, comment and validity. */
  static boolean sameDefinition(Index a, Index b, DiffRules rules) {
    if (a.keys().size() != b.keys().size()) return false;
    for (int i = 0; i < a.keys().size(); i++) {
      var p = a.keys().get(i);
      var q = b.keys().get(i);
      if (!Objects.equals(p.column(), q.column()) || !sameExpr(p.expression(), q.expression(), rules)
          || !Objects.equals(p.collation(), q.collation()) || !Objects.equals(p.opclass(), q.opclass())
          || p.order() != q.order() || p.nulls() != q.nulls() || !Objects.equals(p.prefixLength(), q.prefixLength())) {
        return false;
      }
    }
    return a.method().equals(b.method()) && a.unique() == b.unique() && a.nullsNotDistinct() == b.nullsNotDistinct()
        && a.include().equals(b.include()) && sameExpr(a.predicate(), b.predicate(), rules)
        && a.storageParameters().equals(b.storageParameters()) && a.attrs().equals(b.attrs());
  }
}
