<#if drift.inSync()>
In sync: ${drift.database} matches the desired schema.
<#else>
Drift on ${drift.database}:
<#list drift.missing as m>
  missing  ${m}
</#list>
<#list drift.extra as e>
  extra    ${e}
</#list>
<#list drift.changed as c>
  changed  ${c}
</#list>

The plan that would bring it back:
<#list plan.statements as s>
  ${s.sql};
</#list>
</#if>
