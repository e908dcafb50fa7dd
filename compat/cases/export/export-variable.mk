# export NAME makes a makefile variable visible to recipes; plain ones are not (manual 5.7.2).
EXPORTED = yes
PLAIN = no
export EXPORTED
all:
	@env | grep -E '^(EXPORTED|PLAIN)=' | sort; true
