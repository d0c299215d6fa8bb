#!/usr/bin/env bash
# usage: bench/liquibase.sh URL REFERENCE-URL CHANGELOG-FILE   -- Liquibase diff-changelog (URL -> REFERENCE-URL),
# writing the changelog to CHANGELOG-FILE. Classpath from bench/.work/liquibase/lib (bench/run.sh fills it via bench/liquibase/pom.xml).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rm -f "$3"
exec java -cp "$(ls "$here"/.work/liquibase/lib/*.jar | tr '\n' ':')" liquibase.integration.commandline.LiquibaseCommandLine \
  --show-banner=false --log-level=warning --analytics-enabled=false diff-changelog --changelog-file="$3" --url="$1" --reference-url="$2"
