# A failing line that came from a canned recipe (define) reports the line of the rule's recipe reference.
define steps
@echo step1
@exit 4
endef
all:
	@echo before
	$(steps)
