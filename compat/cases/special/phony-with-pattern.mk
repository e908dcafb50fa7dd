# A phony target with its own recipe uses it even though a pattern rule also matches its name.
.PHONY: x.out
%.out: ; @echo pattern $@
x.out:
	@echo explicit $@
