# recon
#| args: --recon
all: ; echo hi