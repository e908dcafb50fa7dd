# --dry-run and --recon are synonyms for -n.
#| args: --dry-run --recon
all:
	@echo x
