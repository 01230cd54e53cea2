{{^prefetch.indicatorFields}}{{_indicator:VAR}}{{/prefetch.indicatorFields}}{{#prefetch.indicatorFields}}[k IN $prefetch.indicatorFields | VAR[k]]{{/prefetch.indicatorFields}}
