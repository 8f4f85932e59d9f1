/**
 * Dutch for the web form's own interface text that Sveltia CMS's nl.json leaves in English (it
 * falls back to en-US per key). Merged over the package's nl.json and served as the CMS's Dutch
 * translation (src/authoring/cms-locale.ts). Keys and `{$…}`/`.input … .match` syntax are
 * Sveltia's (MessageFormat 2); a test fails when a key here no longer exists in its en-US.json.
 * Only texts an editor can meet are here; the configuration errors (`config.error.*`) are for the
 * developer and stay English.
 */
export const CMS_INTERFACE_NL = {
  select_item: '{$name} kiezen',
  folders: 'Mappen',
  more_folders: 'Meer mappen',
  sign_in_using_access_token_workflow_note: 'Omdat de redactionele workflow aan staat, moet het token ook pull requests kunnen lezen en schrijven.',
  sign_in_with_link: 'Aanmelden met een link',
  sign_in_with_link_confirmation:
    'Deze link meldt je aan als {$account} bij {$service} en neemt de instellingen over van het toestel waarop hij gemaakt is. Ga alleen verder als je de link zelf gemaakt hebt.',
  domain: 'Domein',
  file_unavailable: 'Niet beschikbaar',
  file_unavailable_description: 'Dit bestand kon niet geladen worden. Het is misschien verplaatst of verwijderd.',
  back_to_parent_folder: 'Terug naar de bovenliggende map',
  new_folder: 'Nieuwe map',
  new_folder_name: 'Naam van de map',
  new_folder_create: 'Aanmaken',
  new_folder_description: 'De nieuwe map komt in “{$folder}”.',
  new_folder_error: {
    empty: 'De naam van de map mag niet leeg zijn.',
    invalid: 'De naam van de map mag geen schuine strepen bevatten en niet met een punt beginnen.',
    duplicate: 'Hier bestaat al een map of bestand met die naam.',
  },
  creating_folder: 'Map aanmaken…',
  creating_folder_failed: 'De map kon niet aangemaakt worden.',
  folder_options: 'Mapopties',
  show_folder_options: 'Mapopties tonen',
  rename_folder: 'Map hernoemen',
  delete_folder: 'Map verwijderen',
  enter_new_name_for_folder:
    '.input {$count :integer} .match $count 0 {{Vul hieronder een nieuwe naam in.}} one {{Vul hieronder een nieuwe naam in. Het mediabestand in de map verhuist mee, en elk item dat het gebruikt, wordt bijgewerkt.}} * {{Vul hieronder een nieuwe naam in. De {$count} mediabestanden in de map verhuizen mee, en elk item dat ze gebruikt, wordt bijgewerkt.}}',
  enter_new_name_for_external_folder:
    '.input {$count :integer} .match $count 0 {{Vul hieronder een nieuwe naam in.}} one {{Vul hieronder een nieuwe naam in. Het bestand in de map verhuist mee en krijgt een ander webadres: werk de items bij die het gebruiken.}} * {{Vul hieronder een nieuwe naam in. De {$count} bestanden in de map verhuizen mee en krijgen een ander webadres: werk de items bij die ze gebruiken.}}',
  confirm_deleting_folder:
    '.input {$count :integer} .match $count 0 {{Wil je de lege map “{$name}” verwijderen?}} one {{Wil je de map “{$name}” en het mediabestand erin verwijderen?}} * {{Wil je de map “{$name}” en de {$count} mediabestanden erin verwijderen?}}',
  renaming_folder: 'Map hernoemen…',
  renaming_folder_failed: 'De map kon niet hernoemd worden.',
  deleting_folder: 'Map verwijderen…',
  deleting_folder_failed: 'De map kon niet verwijderd worden.',
  replace_file: 'Bestand vervangen',
  replace_image: 'Afbeelding vervangen',
  remove_file: 'Bestand weghalen',
  remove_image: 'Afbeelding weghalen',
  deleting_referenced_assets_note:
    '.input {$count :integer} .match $count one {{De verwijzing ernaar in een item wordt ook weggehaald.}} * {{De verwijzingen ernaar in {$count} items worden ook weggehaald.}}',
  cannot_delete_referenced_assets:
    '.input {$count :integer} .match $count one {{Dit mediabestand kan niet verwijderd worden: de volgende velden in items die het gebruiken, zouden zonder dit bestand niet meer kloppen. Pas eerst die items aan.}} * {{Deze mediabestanden kunnen niet verwijderd worden: de volgende velden in items die ze gebruiken, zouden zonder deze bestanden niet meer kloppen. Pas eerst die items aan.}}',
  deleting_referenced_entries_note:
    '.input {$count :integer} .match $count one {{Let op: de verwijzing ernaar in een ander item wordt ook weggehaald.}} * {{Let op: de verwijzingen ernaar in {$count} andere items worden ook weggehaald.}}',
  cannot_delete_referenced_entries:
    '.input {$count :integer} .match $count one {{Dit item kan niet verwijderd worden: de volgende velden in andere items zouden zonder dit item niet meer kloppen. Pas eerst die items aan.}} * {{Deze items kunnen niet verwijderd worden: de volgende velden in andere items zouden zonder deze items niet meer kloppen. Pas eerst die items aan.}}',
  show_errors: 'Fouten tonen',
  folder_created: 'Map aangemaakt.',
  folder_path: 'Pad van de map',
  folder_contents: 'Inhoud',
  x_folders: '.input {$count :integer} .match $count 0 {{Geen mappen}} one {{{$count} map}} * {{{$count} mappen}}',
  folder_renamed: 'Map hernoemd.',
  folder_deleted: 'Map verwijderd.',
  entry_sidebar: {
    slug: {
      title: 'Slug (laatste deel van het webadres)',
      generated_on_save: 'De slug wordt bij het opslaan gemaakt uit de naam of titel.',
      unavailable: 'Dit item heeft geen slug.',
    },
  },
  save_conflict: {
    title: 'Iemand anders heeft dit item gewijzigd',
    modified_by: '{$name} wijzigde dit item op {$date}, nadat jij het opende.',
    modified: 'Dit item is in de repository gewijzigd nadat jij het opende.',
    deleted: 'Dit item is uit de repository verwijderd nadat jij het opende.',
    overwrite_warning: 'Sla je nu op, dan gaan hun wijzigingen verloren.',
    recreate_warning: 'Sla je nu op, dan wordt het item opnieuw aangemaakt.',
    save_anyway: 'Toch opslaan',
    branch_moved: 'Iemand anders heeft de repository bijgewerkt terwijl je opsloeg. Probeer het opnieuw.',
  },
  remote_change: {
    reload_entry: 'Item opnieuw laden',
    confirm_reloading_entry: 'Wil je het item opnieuw laden? Je niet-opgeslagen wijzigingen gaan verloren.',
  },
  list_item_options: 'Opties van dit lijstelement',
  relation_field: {
    save_together_hint: 'De nieuwe {$name} wordt samen met dit item opgeslagen.',
    add_failed: '{$name} kon niet toegevoegd worden.',
  },
  assets_dialog: {
    title: { folder: 'Map kiezen' },
    selected_folder: 'Gekozen map: {$path}',
    selected_folders: '.input {$count :integer} .match $count one {{{$count} map gekozen}} * {{{$count} mappen gekozen}}',
    no_subfolders: 'Deze map heeft geen submappen.',
  },
  saving_entry: {
    error: {
      title: 'Niet opgeslagen',
      description: 'Het item is niet opgeslagen. Het blijft open: pas aan wat hieronder staat en sla opnieuw op.',
    },
  },
  cloud_storage: { bunny_storage: { auth_key_label: 'Wachtwoord van de opslagzone' } },
  status: { deploying: 'Wordt gepubliceerd' },
  workflow: { deploying_deletion: 'Verwijdering' },
} as const;
