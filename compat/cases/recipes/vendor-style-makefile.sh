# A vendor-style makefile: version from a file, .PHONY targets calling scripts, a help target, -n of a multi-step target.
mkdir -p scripts conf
echo 2.4.1 > version
printf '#!/bin/sh\necho "running $0 $*"\n' > scripts/step.sh
chmod +x scripts/step.sh
cat > Makefile <<'M'
VERSION := $(shell cat version)
TOP := $(CURDIR)
.PHONY: help prepare build-all
help:
	@echo "targets: prepare build-all (release $(VERSION))"
prepare:
	@./scripts/step.sh prepare $(VERSION)
build-all: prepare
	./scripts/step.sh build --top=$(notdir $(TOP))
	@echo "done $@"
M
make; echo "exit=$?"
make build-all; echo "exit=$?"
make -n build-all; echo "exit=$?"
