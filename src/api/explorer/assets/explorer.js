/* The analysts' explorer: GraphiQL 3 from this service's own assets (no CDN), opening on the example tabs. */
(function () {
  var examples = window.EXPLORER_EXAMPLES || [];
  var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
  var tabs = examples.map(function (e) {
    return { query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined };
  });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      // GraphiQL fills the variables editor from this prop, not from the first default tab.
      variables: tabs.length ? tabs[0].variables : undefined,
      defaultEditorToolsVisibility: true,
      storage: window.sessionStorage,
    }),
  );
})();
