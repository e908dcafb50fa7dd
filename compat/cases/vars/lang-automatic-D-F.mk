# automatic D F
all: dir/file.c ; @echo $(@D) $(@F) $(<D) $(<F)
dir/file.c: ; @: