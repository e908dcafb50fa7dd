# The "clean" idiom: skip expensive setup when MAKECMDGOALS is only clean.
#| args: clean
ifneq ($(MAKECMDGOALS),clean)
$(info doing setup)
endif
clean: ; @echo cleaning
