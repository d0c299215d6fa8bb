<#-- Human plan for a terminal. ANSI colours only when color is true (a TTY). -->
<#macro c code><#if color>${"\x1B["}${code}m</#if></#macro>
<#macro r><#if color>${"\x1B[0m"}</#if></#macro>
<#if plan.empty>
No changes: the database matches the desired schema.
<#else>
Plan: ${plan.statements?size} statement<#if plan.statements?size != 1>s</#if> for ${plan.dialect} ${plan.serverVersion}
<#list plan.statements as s>

<@c "1"/>${s.number}. ${s.object}<@r/>  [lock: ${s.lock}; <#if s.transactional>in a transaction<#else>outside a transaction</#if>; lock timeout ${s.lockTimeout}; statement timeout ${s.statementTimeout}]
<#list s.hazards as h>
   <#if h.severity == "danger"><@c "31;1"/>DANGER <#elseif h.severity == "warning"><@c "33"/>WARNING<#else><@c "36"/>INFO   </#if> ${h.code}<@r/>: ${h.message}
</#list>
<#list s.alternatives as a>
   alternative: ${a}
</#list>
<#list s.sql?split("\n") as line>
   ${line}
</#list>
</#list>

<#if plan.hazardCounts?has_content>Hazards: <#list plan.hazardCounts as h>${h.code} ×${h.count}<#sep>, </#list>
</#if>
</#if>
