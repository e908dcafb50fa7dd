# UTF-8 in target names and recipe text passes through byte for byte.
all: café ; @echo 'done ✓ $^'
café: ; @echo 'making $@ — ok'
