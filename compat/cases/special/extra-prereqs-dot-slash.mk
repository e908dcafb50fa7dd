# .EXTRA_PREREQS naming the target itself as ./NAME is still the target itself: the whole list
# is dropped (GNU enters file names without their leading ./).
.EXTRA_PREREQS := ./all helper
all: ; @echo '[$^]'
helper: ; @echo helper made
