#!/usr/bin/env bash
# Takes the screenshots of docs/workbench.md: runs ScreenshotsTest (bundles/org.karma.ui.tests) in
# the real KARMA workbench on a virtual display, with profiles synced by the real engine, and writes
# the PNGs to docs/images (or the folder given as the first argument).
# Needs Xvfb (xvfb-run) as the UI tests do; ./run-tests and .ci/install-deps install it.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-docs/images}")"
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -q verify \
	-pl bundles/org.karma.connector.tck,bundles/org.karma.connector.zip,bundles/org.karma.connector.ftp,bundles/org.karma.connector.sftp.jre,bundles/org.karma.connector.sftp,bundles/org.karma.connector.smb,bundles/org.karma.ui.tests -am \
	-DskipTests=false -Dtest=ScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
	"-Dkarma.ui.test.args=-Dkarma.screenshots=$out"
ls -l "$out"/*.png
