# Extra blanks or tabs after the recipe tab are stripped from the echoed command.
all:
	   echo indented
		echo tab-tab
