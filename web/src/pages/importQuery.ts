import { graphql } from '../gql';

/** The curators' import of a reviewed folder (needs a bearer token with the editor role). */
export const ExplorerImportDataset = graphql(`
  mutation ExplorerImportDataset($files: [DatasetFileInput!]!) {
    importDataset(files: $files) {
      reports
      digest
      entities {
        created
        updated
        unchanged
        kept
        overwritten
      }
      facts {
        created
        updated
        unchanged
        kept
        overwritten
      }
      kept {
        id
        entry
      }
    }
  }
`);
