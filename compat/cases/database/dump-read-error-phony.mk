# -npq after a reading error (bash-completion on a broken makefile): .PHONY not applied yet.
#| args: -npq __BASH_MAKE_COMPLETION__=1 .DEFAULT
#| normalise: database
.PHONY: check deploy
check:
	@echo check
deploy:
        @echo deploy
