<#-- A runnable script: per statement its hazards as comments, the timeouts it needs, then the statement. -->
-- Slipway plan for ${plan.dialect} ${plan.serverVersion}: ${plan.statements?size} statement<#if plan.statements?size != 1>s</#if>
-- current: ${plan.currentFingerprint}
-- desired: ${plan.desiredFingerprint}
<#if plan.empty>
-- No changes.
</#if>
<#list plan.statements as s>

-- [${s.number}/${s.total}] ${s.object} · lock: ${s.lock}<#if !s.transactional> · must run outside a transaction</#if>
<#list s.hazards as h>
-- ${h.severity?upper_case} ${h.code}: ${h.message?replace("\n", " ")}
</#list>
<#list s.alternatives as a>
-- alternative: ${a?replace("\n", " ")}
</#list>
<#list s.settings as set>
${set};
</#list>
${s.sql};
</#list>
