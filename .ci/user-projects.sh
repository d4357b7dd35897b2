#!/usr/bin/env bash
# Users' own projects, outside this build: install the component and the starter (and what they need) into the
# local Maven repository, then build each project under user-projects/ against the installed artifacts only.
# Each runs a test against the embedded HrFlow sandbox and checks that one Camel version is on its class path.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q install -DskipTests -pl camel-hrflow-component,camel-hrflow-spring-boot-starter -am

for project in camel-main-app yaml-only-app kamelet-app spring-boot-app; do
    echo "== user-projects/$project"
    start=$(date +%s)
    (cd "user-projects/$project" && mvn -B -q verify)
    echo "   ok in $(( $(date +%s) - start ))s"
done
