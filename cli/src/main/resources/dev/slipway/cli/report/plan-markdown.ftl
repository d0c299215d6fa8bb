<#-- A pull-request comment. The hidden marker lets CI find and update this comment in place. -->
<!-- slipway-plan: ${plan.name} -->
<#if plan.empty>
### ✅ Slipway plan `${plan.name}`: no changes

The database already matches the desired schema.
<#else>
### Slipway plan `${plan.name}`: ${plan.statements?size} statement<#if plan.statements?size != 1>s</#if>

| | |
|---|---|
| engine | ${plan.dialect} ${plan.serverVersion} |
| statements | ${plan.statements?size} |
| worst hazard | ${plan.worstSeverity} |
<#list plan.hazardCounts as h>
| `${h.code}` (${h.severity}) | ${h.count} |
</#list>

<#if short>
<#list plan.hazardCounts as h>
<#if h.severity == "danger">
> [!CAUTION]
<#elseif h.severity == "warning">
> [!WARNING]
<#else>
> [!NOTE]
</#if>
> **${h.code}** on ${h.count} statement<#if h.count != 1>s</#if>

</#list>
<#else>
<#list plan.statements as s>
<#list s.hazards as h>
<#if h.severity == "danger">
> [!CAUTION]
<#elseif h.severity == "warning">
> [!WARNING]
<#else>
> [!NOTE]
</#if>
> **${h.code}** on `${s.object}` (statement ${s.number}): ${h.message?replace("\n", " ")}

</#list>
<#if s.alternatives?has_content>
Instead of statement ${s.number}, the same change can run online with:

<#list s.alternatives as a>
```sh
${a}
```
</#list>

</#if>
</#list>
</#if>
<#if short>
The full SQL is longer than a comment allows; run `slipway plan --format sql` to see it. Statements:

<#list plan.statements as s>
<#if s?index == 200>
…and ${plan.statements?size - 200} more.
<#break>
</#if>
${s.number}. `${s.object}`: lock ${s.lock}<#if s.hazards?has_content>, <#list s.hazards as h>${h.code}<#sep>, </#list></#if>
</#list>
<#else>
<details open><summary>SQL</summary>

```sql
<#list plan.statements as s>
-- [${s.number}/${s.total}] ${s.object} · lock: ${s.lock}<#if !s.transactional> · outside a transaction</#if>
${s.sql};
<#sep>

</#sep>
</#list>
```

</details>
</#if>
</#if>
