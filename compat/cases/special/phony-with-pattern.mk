# Phony targets are not matched by pattern rules, even if one would apply.
.PHONY: x.out
%.out: ; @echo pattern $@
x.out:
	@echo explicit $@
