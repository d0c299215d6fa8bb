<!-- slipway-drift: ${drift.database} -->
<#if drift.inSync()>
### ✅ No drift on `${drift.database}`
<#else>
### ⚠️ Drift on `${drift.database}`

| missing | extra | changed |
|---|---|---|
| ${drift.missing?size} | ${drift.extra?size} | ${drift.changed?size} |

<#list drift.missing as m>
- missing: `${m}`
</#list>
<#list drift.extra as e>
- extra: `${e}`
</#list>
<#list drift.changed as c>
- changed: `${c}`
</#list>

<details><summary>Plan to fix</summary>

```sql
<#list plan.statements as s>
${s.sql};
</#list>
```

</details>
</#if>
