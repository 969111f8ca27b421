lib:
lib.escapeXML ''"test" 'test' < & >''
